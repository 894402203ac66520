// @vitest-environment jsdom
/** The response's Redirects tab (issue 12): hop by hop from the agent, a note for fetch. */
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { HttpResponse, RedirectHop } from "../../../core/http/transport";
import { ResponseViewer } from "./ResponseViewer";
import { fakeFormatClient } from "./test/fakeFormatClient";
import { okResponse } from "./test/okResponse";

afterEach(cleanup);

const response = (over: Partial<HttpResponse> = {}) =>
  okResponse({ url: "https://www.example.test/home", ...over });

const hops: RedirectHop[] = [
  {
    method: "GET",
    url: "http://example.test/start",
    status: 301,
    statusText: "",
    location: "https://example.test/start",
    headers: [
      ["Location", "https://example.test/start"],
      ["Server", "edge"],
    ],
    timings: { dnsMs: 1, connectMs: 2, tlsMs: 0, firstByteMs: 9, downloadMs: 0, totalMs: 12 },
  },
  {
    method: "GET",
    url: "https://example.test/start",
    status: 302,
    statusText: "Found",
    location: "https://www.example.test/home",
    headers: [
      ["Location", "https://www.example.test/home"],
      ["Set-Cookie", "sid=1; Path=/"],
      ["Cache-Control", "no-store"],
    ],
  },
];

const show = (r: HttpResponse) =>
  render(() => (
    <ResponseViewer state={{ kind: "done", response: r }} client={fakeFormatClient().client} />
  ));

const tabNames = () => screen.getAllByRole("tab").map((t) => t.getAttribute("aria-label"));

describe("Redirects tab", () => {
  it("lists two hops in order with status, URL, Location and the final response", () => {
    show(response({ redirected: true, redirects: hops }));
    const tab = screen.getByRole("tab", { name: "Redirects" });
    expect(tab.textContent).toBe("Redirects2");
    fireEvent.click(tab);
    const list = screen.getByRole("list", { name: "Redirect hops" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(first.querySelector(".redirect-hop-line")?.textContent).toBe(
      "301 Moved Permanently GET http://example.test/start 12 ms",
    );
    expect(first.querySelector(".redirect-location")?.textContent).toBe(
      "Location https://example.test/start",
    );
    expect(second.querySelector(".redirect-hop-line")?.textContent).toBe(
      "302 Found GET https://example.test/start",
    );
    expect(second.querySelector(".redirect-location")?.textContent).toBe(
      "Location https://www.example.test/home",
    );
    expect(screen.getByRole("tabpanel").querySelector(".redirect-final")?.textContent).toBe(
      "Final 200 OK https://www.example.test/home",
    );
  });

  it("keeps each hop's headers collapsed until asked, Set-Cookie included", () => {
    show(response({ redirected: true, redirects: hops }));
    fireEvent.click(screen.getByRole("tab", { name: "Redirects" }));
    const toggle = screen.getByRole("button", { name: "Headers (3) of hop 2" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("table", { name: "Headers of hop 2" })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const table = screen.getByRole("table", { name: "Headers of hop 2" });
    expect(within(table).getByRole("rowheader", { name: "Set-Cookie" })).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Headers of hop 1" })).toBeNull();
    expect(screen.getByRole("tabpanel").textContent).not.toContain("Browsers hide Set-Cookie");
    fireEvent.click(toggle);
    expect(screen.queryByRole("table", { name: "Headers of hop 2" })).toBeNull();
  });

  it("says fetch followed redirects silently when the hops are unknown", () => {
    show(response({ redirected: true }));
    expect(tabNames()).toEqual(["Body", "Headers", "Timing", "Redirects"]);
    const tab = screen.getByRole("tab", { name: "Redirects" });
    expect(tab.textContent).toBe("Redirects");
    fireEvent.click(tab);
    const panel = screen.getByRole("tabpanel");
    expect(panel.textContent).toContain("The browser's fetch followed the redirects silently");
    expect(panel.textContent).toContain("https://www.example.test/home");
    expect(panel.textContent).toContain("the local agent to list each hop");
    expect(within(panel).queryByRole("list")).toBeNull();
  });

  it("has no Redirects tab when nothing was redirected", () => {
    show(response({ redirects: [] }));
    expect(tabNames()).toEqual(["Body", "Headers", "Timing"]);
    cleanup();
    show(response());
    expect(tabNames()).toEqual(["Body", "Headers", "Timing"]);
  });
});
