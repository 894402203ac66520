// @vitest-environment jsdom
// An XML response pretty-prints in the (real, in-process) format service, folds to its end tag,
// falls back to raw with a note when malformed, and Raw wraps long lines on request.
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { HttpResponse } from "../../../core/http/transport";
import { foldCloser } from "./LineRow";
import { ResponseViewer } from "./ResponseViewer";
import { fakeFormatClient } from "./test/fakeFormatClient";

const xml = (body: string): HttpResponse => ({
  status: 200,
  statusText: "OK",
  headers: [["Content-Type", "application/xml"]],
  body: new TextEncoder().encode(body),
  timeMs: 5,
  url: "https://api.example.test/feed",
  redirected: false,
});

const rows = () => [...document.querySelectorAll(".vl-row")].map((r) => r.textContent);

afterEach(cleanup);

describe("an XML response body", () => {
  it("is pretty-printed, and a folded element ends with its end tag", async () => {
    const { client } = fakeFormatClient();
    render(() => (
      <ResponseViewer state={{ kind: "done", response: xml("<a><b>1</b></a>") }} client={client} />
    ));
    await waitFor(() => expect(rows()).toEqual(["1▾<a>", "2  <b>1</b>", "3</a>"]));
    fireEvent.click(screen.getByRole("button", { name: "Fold line 1" }));
    expect(rows()).toEqual(["1▸<a> … </a>"]);
  });

  it("is shown as received, with a note, when it is not well-formed", async () => {
    const { client } = fakeFormatClient();
    render(() => (
      <ResponseViewer state={{ kind: "done", response: xml("<a><b></a>") }} client={client} />
    ));
    expect(
      await screen.findByText("This body is not well-formed XML, so it is shown as received."),
    ).toBeTruthy();
    await waitFor(() => expect(rows()).toEqual(["1<a><b></a>"]));
  });

  it("offers Wrap lines in Raw only, as a toggle button", async () => {
    const { client } = fakeFormatClient();
    render(() => (
      <ResponseViewer state={{ kind: "done", response: xml("<a/>") }} client={client} />
    ));
    expect(screen.queryByRole("button", { name: "Wrap lines" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Raw" }));
    const wrap = screen.getByRole("button", { name: "Wrap lines" });
    expect(wrap.getAttribute("aria-pressed")).toBe("false");
    const body = await screen.findByRole("region", { name: "Body text" });
    expect(body.classList.contains("vl-wrap")).toBe(false);
    fireEvent.click(wrap);
    expect(wrap.getAttribute("aria-pressed")).toBe("true");
    expect(body.classList.contains("vl-wrap")).toBe(true);
  });
});

describe("foldCloser", () => {
  it("closes JSON with its bracket and XML with the element's end tag", () => {
    expect(foldCloser('  "items": [')).toBe("]");
    expect(foldCloser("{")).toBe("}");
    expect(foldCloser('  <ns:item id="1">')).toBe("</ns:item>");
  });
});
