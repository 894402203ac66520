// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { makeRequest } from "../../../core/factory";
import type { Request } from "../../../core/model";
import { makeTestDeps } from "../../testing/fixtures";
import { UrlBar } from "../request/UrlBar";
import { withPastedCurl } from "./pasteCurl";

afterEach(cleanup);

const draft = () =>
  makeRequest(makeTestDeps(), {
    collectionId: "c",
    name: "Draft",
    scripts: { prerequest: "keep()", test: "" },
  });

const lookup = { resolve: () => undefined } as never;

describe("withPastedCurl", () => {
  it("replaces method, URL, headers and body; keeps id, name and scripts", () => {
    const before = draft();
    const next = withPastedCurl(
      before,
      `curl 'https://x.test/a?b=1' -H 'X-A: 1' --data-raw '{"k":1}' -H 'Content-Type: application/json'`,
    )!;
    expect(next.id).toBe(before.id);
    expect(next.name).toBe("Draft");
    expect(next.scripts.prerequest).toBe("keep()");
    expect(next.method).toBe("POST");
    expect(next.url).toBe("https://x.test/a?b=1");
    expect(next.params.map((p) => p.key)).toEqual(["b"]);
    expect(next.headers.map((h) => h.key)).toEqual(["X-A", "Content-Type"]);
    expect(next.body).toMatchObject({ mode: "raw", raw: '{"k":1}', language: "json" });
  });

  it("ignores text that is not a usable command", () => {
    expect(withPastedCurl(draft(), "https://x.test")).toBeUndefined();
    expect(withPastedCurl(draft(), "curl 'unterminated")).toBeUndefined();
  });
});

describe("UrlBar paste", () => {
  function setup() {
    const [request, setRequest] = createSignal<Request>(draft());
    const typed: string[] = [];
    render(() => (
      <UrlBar
        method={request().method}
        url={request().url}
        onMethod={() => undefined}
        onUrl={(u) => typed.push(u)}
        lookup={lookup}
        sending={false}
        onSend={() => undefined}
        onCancel={() => undefined}
        onPasteCurl={(text) => {
          const next = withPastedCurl(request(), text);
          if (next) setRequest(next);
        }}
      />
    ));
    return { request, typed };
  }

  const pasteInto = (el: HTMLElement, text: string) => {
    const event = new Event("paste", { bubbles: true, cancelable: true });
    Object.assign(event, { clipboardData: { getData: () => text } });
    fireEvent(el, event);
    return event;
  };

  it("a pasted cURL command fills the request instead of the URL text", () => {
    const { request } = setup();
    const event = pasteInto(screen.getByLabelText("URL"), "curl -X DELETE https://x.test/9");
    expect(event.defaultPrevented).toBe(true);
    expect(request().method).toBe("DELETE");
    expect(request().url).toBe("https://x.test/9");
  });

  it("an ordinary paste is left to the input", () => {
    const { request } = setup();
    const event = pasteInto(screen.getByLabelText("URL"), "https://x.test/plain");
    expect(event.defaultPrevented).toBe(false);
    expect(request().url).toBe("");
  });
});
