// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { HttpResponse, SendErrorCode } from "../../../core/http/transport";
import type { ResponseState } from "../../stores/responseState";
import { ResponseViewer } from "./ResponseViewer";
import { fakeFormatClient } from "./test/fakeFormatClient";

function response(over: Partial<HttpResponse> = {}): HttpResponse {
  return {
    status: 200,
    statusText: "OK",
    headers: [["Content-Type", "application/json"]],
    body: new TextEncoder().encode('{"name":"satchel","items":[1,2]}'),
    timeMs: 85,
    url: "https://api.example.test/things",
    redirected: false,
    ...over,
  };
}

const show = (state: ResponseState, extra: Partial<Parameters<typeof ResponseViewer>[0]> = {}) => {
  const fake = fakeFormatClient();
  const result = render(() => <ResponseViewer state={state} client={fake.client} {...extra} />);
  return { ...fake, ...result };
};

afterEach(cleanup);

describe("ResponseViewer", () => {
  it("shows a hint when idle", () => {
    show({ kind: "idle" });
    const region = screen.getByRole("region", { name: "Response" });
    expect(region.textContent).toContain("Send a request to see the response");
  });

  it("shows Sending… and the elapsed time while loading", () => {
    show({ kind: "loading", startedAt: Date.now() - 1500 });
    expect(screen.getByRole("status").textContent).toBe("Sending…");
    expect(screen.getByText(/^1\.\d+ s$/)).toBeTruthy();
  });

  it.each<[SendErrorCode, string]>([
    ["CORS_BLOCKED", "Blocked by CORS"],
    ["UNREACHABLE", "Server unreachable"],
    ["MIXED_CONTENT", "Mixed content blocked"],
    ["TIMEOUT", "Timed out"],
    ["CANCELLED", "Cancelled"],
    ["FORBIDDEN_HEADER", "Header not allowed by the browser"],
    ["INVALID_URL", "Invalid URL"],
    ["NETWORK", "Network error"],
  ])("titles a %s error %j with its message and hint", (code, title) => {
    show({ kind: "error", error: { code, message: "It failed.", hint: "Try this." } });
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading").textContent).toBe(title);
    expect(alert.textContent).toContain("It failed.");
    expect(alert.textContent).toContain("Try this.");
  });

  it("shows status, time, size, tabs and body controls when done", async () => {
    const { calls } = show({ kind: "done", response: response() });
    expect(screen.getByTestId("response-status").textContent).toBe("200 OK");
    // Screen readers hear "Status: 200 OK": a hidden prefix next to the status element.
    expect(screen.getByTestId("response-status").parentElement?.textContent).toBe("Status: 200 OK");
    expect(screen.getByText("85 ms")).toBeTruthy();
    expect(screen.getByText("32 B")).toBeTruthy();
    const tabs = within(screen.getByRole("tablist")).getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Body", "Headers", "Timing"]);
    for (const name of ["Pretty", "Raw", "Preview", "Copy response", "Save response"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    expect(screen.getByRole("searchbox", { name: "Search response" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Pretty" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(calls[0]).toMatch(/^open:body-\d+$/);
    // The pretty-printed body arrives from the (fake) worker as spans.
    expect((await screen.findByText('"satchel"')).className).toBe("tok-string");
    expect(screen.getByText('"name"').className).toBe("tok-key");
  });

  it("fills in the reason phrase HTTP/2 leaves out and colours by class", () => {
    show({ kind: "done", response: response({ status: 404, statusText: "" }) });
    const status = screen.getByTestId("response-status");
    expect(status.textContent).toBe("404 Not Found");
    expect(status.classList.contains("status-4xx")).toBe(true);
  });

  it("lists headers in a table with the Set-Cookie note", async () => {
    show({ kind: "done", response: response() });
    fireEvent.click(screen.getByRole("tab", { name: "Headers" }));
    const table = await screen.findByRole("table");
    expect(within(table).getByRole("rowheader", { name: "Content-Type" })).toBeTruthy();
    expect(screen.getByText(/Set-Cookie/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Headers" }).getAttribute("aria-selected")).toBe("true");
  });

  it("lists warnings above the body", () => {
    const warning = { code: "FORBIDDEN_HEADER" as const, message: "Dropped.", headers: ["Host"] };
    show({ kind: "done", response: response(), warnings: [warning] });
    const list = screen.getByRole("list", { name: "Warnings" });
    expect(list.textContent).toContain("Dropped.");
    expect(list.textContent).toContain("Host");
  });

  it("adds extra tabs after Body and Headers", () => {
    show(
      { kind: "done", response: response() },
      { extraTabs: [{ name: "Tests", render: () => <p>3 passed</p> }] },
    );
    fireEvent.click(screen.getByRole("tab", { name: "Tests" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("3 passed");
  });

  it("searches the body and counts matches", async () => {
    show({ kind: "done", response: response() });
    await screen.findByText('"satchel"');
    fireEvent.input(screen.getByRole("searchbox", { name: "Search response" }), {
      target: { value: "e" },
    });
    expect(await screen.findByText("1 of 3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next match" }));
    expect(screen.getByText("2 of 3")).toBeTruthy();
    expect(document.querySelectorAll(".mark").length).toBe(3);
    expect(document.querySelectorAll(".mark-current").length).toBe(1);
  });

  it("folds a JSON region to its opening line", async () => {
    show({ kind: "done", response: response() });
    await screen.findByText('"satchel"');
    const rows = () => document.querySelectorAll(".vl-row").length;
    expect(rows()).toBe(7);
    fireEvent.click(screen.getByRole("button", { name: "Fold line 3" }));
    expect(rows()).toBe(4);
    expect(document.querySelectorAll(".vl-row")[2]?.textContent).toBe('3▸  "items": [ … ]');
    fireEvent.click(screen.getByRole("button", { name: "Unfold line 3" }));
    expect(rows()).toBe(7);
  });

  it("shows the raw body and closes the document when unmounted", async () => {
    const { calls, unmount } = show({ kind: "done", response: response() });
    await screen.findByText('"satchel"');
    fireEvent.click(screen.getByRole("button", { name: "Raw" }));
    await waitFor(() => expect(document.querySelectorAll(".vl-row").length).toBe(1));
    unmount();
    expect(calls.at(-1)).toMatch(/^close:body-\d+$/);
  });

  it("offers “Save as example” only when asked to, and hands over the response", () => {
    const done: ResponseState = { kind: "done", response: response() };
    const first = show(done);
    expect(screen.queryByRole("button", { name: "Save as example" })).toBeNull();
    first.unmount();
    const saved: HttpResponse[] = [];
    show(done, { onSaveExample: (r) => saved.push(r) });
    fireEvent.click(screen.getByRole("button", { name: "Save as example" }));
    expect(saved).toEqual([done.response]);
  });
});

describe("previews never run the body as the app", () => {
  /** Records the Blobs handed to URL.createObjectURL (jsdom has none of its own). */
  function recordBlobs() {
    const blobs: Blob[] = [];
    let n = 0;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${n++}`;
    });
    URL.revokeObjectURL = vi.fn();
    return blobs;
  }
  const bodyOf = (text: string) => new TextEncoder().encode(text);
  const typed = (type: string, text: string) =>
    response({ headers: [["Content-Type", type]], body: bodyOf(text) });

  it("shows HTML in a srcdoc frame with no sandbox tokens, remote content blocked until asked", async () => {
    const blobs = recordBlobs();
    show({ kind: "done", response: typed("text/html", '<h1>Hi</h1><img src="/p.gif">') });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const frame = (await screen.findByTitle("HTML preview")) as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("src")).toBeNull();
    const doc = frame.getAttribute("srcdoc") ?? "";
    expect(doc).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(doc).toContain('<base href="https://api.example.test/things">');
    expect(doc).not.toContain("img-src data: http:");
    expect(blobs).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Load remote content" }));
    const reloaded = screen.getByTitle("HTML preview");
    expect(reloaded.getAttribute("srcdoc")).toContain("img-src data: http: https:");
    expect(reloaded.getAttribute("sandbox")).toBe("");
    expect(screen.queryByRole("button", { name: "Load remote content" })).toBeNull();
  });

  it("never makes a URL of an SVG: it is drawn to pixels (which jsdom can't, so no image)", async () => {
    const blobs = recordBlobs();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    show({ kind: "done", response: typed("image/svg+xml", svg) });
    expect(await screen.findByText("This image could not be shown.")).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
    expect(blobs.map((b) => b.type)).toEqual([]);
  });

  it("shows a bitmap from its own bytes, typed as that bitmap", async () => {
    const blobs = recordBlobs();
    show({ kind: "done", response: typed("image/png; q=1", "\x89PNG") });
    const img = await screen.findByRole("img", { name: "Response image" });
    expect(img.getAttribute("src")).toBe("blob:test/0");
    expect(blobs.map((b) => b.type)).toEqual(["image/png"]);
  });

  it("shows a PDF from a blob typed application/pdf, and only when the bytes are a PDF", async () => {
    const blobs = recordBlobs();
    show({ kind: "done", response: typed("application/pdf", "%PDF-1.4 …") });
    const frame = await screen.findByTitle("PDF preview");
    expect(frame.getAttribute("src")).toBe("blob:test/0");
    expect(blobs.map((b) => b.type)).toEqual(["application/pdf"]);
    cleanup();
    const more = recordBlobs();
    show({ kind: "done", response: typed("application/pdf", "<svg onload=alert(1)>") });
    expect(await screen.findByText(/does not start with “%PDF-”/)).toBeTruthy();
    expect(screen.queryByTitle("PDF preview")).toBeNull();
    expect(more).toEqual([]);
  });

  it("saves through a blob typed application/octet-stream, whatever the body is", async () => {
    const blobs = recordBlobs();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    show({ kind: "done", response: typed("image/svg+xml", "<svg/>") });
    fireEvent.click(screen.getByRole("button", { name: "Raw" }));
    fireEvent.click(screen.getByRole("button", { name: "Save response" }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(blobs.map((b) => b.type)).toContain("application/octet-stream");
    expect(blobs.map((b) => b.type)).not.toContain("image/svg+xml");
    click.mockRestore();
  });
});
