// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../core/clock";
import { makeRequest } from "../../../core/factory";
import type { Request } from "../../../core/model";
import { makeFormatService } from "../../../workers/format/service";
import type { FormatApi, FormatClient } from "../../../workers/format/types";
import { FormatClientContext } from "../response/formatClientContext";
import { BodyPanel } from "./BodyPanel";
import { withBody } from "./requestUpdates";

// CodeMirror's loader, observed: the big body must not reach an editor until asked.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../editor/loadCodeEditor", () => ({
  loadCodeEditor: () => {
    loads.count++;
    return new Promise(() => {});
  },
}));

/** The format worker's service, in-process. */
function inProcessClient(): FormatClient {
  const service = makeFormatService();
  const call =
    <K extends keyof FormatApi>(name: K) =>
    (...args: Parameters<FormatApi[K]>) =>
      Promise.resolve((service[name] as (...a: typeof args) => ReturnType<FormatApi[K]>)(...args));
  return {
    open: call("open"),
    part: call("part"),
    openParts: call("openParts"),
    lines: call("lines"),
    search: call("search"),
    text: call("text"),
    bytes: call("bytes"),
    close: call("close"),
  };
}

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };

function show(raw: string) {
  const base = makeRequest(deps, { collectionId: "c", name: "big" });
  const [request, setRequest] = createSignal<Request>(
    withBody(base, { mode: "raw", language: "json", raw }),
  );
  render(() => (
    <FormatClientContext.Provider value={inProcessClient()}>
      <BodyPanel request={request()} onChange={setRequest} lookup={() => undefined} />
    </FormatClientContext.Provider>
  ));
}

afterEach(() => {
  cleanup();
  loads.count = 0;
});

describe("BodyPanel", () => {
  it("shows a 3 MB body read-only and virtualized, and makes an editor only on Edit anyway", async () => {
    const line = '{"id": 1, "name": "satchel"}\n';
    show(line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)));
    const lines = await screen.findByRole("region", { name: "Body text" });
    await waitFor(() => expect(lines.textContent).toContain('"name": "satchel"'));
    expect(lines.querySelectorAll(".vl-row").length).toBeLessThan(200);
    expect(screen.queryByRole("textbox", { name: "Request body" })).toBeNull();
    expect(loads.count).toBe(0);

    fireEvent.click(screen.getByRole("button", { name: "Edit anyway" }));
    expect(screen.getByRole("textbox", { name: "Request body" })).toBeTruthy();
    expect(loads.count).toBe(1);
    expect(screen.queryByRole("region", { name: "Body text" })).toBeNull();
  });

  it("edits a small body in the editor at once", () => {
    show('{"id": 1}');
    expect(screen.getByRole("textbox", { name: "Request body" })).toBeTruthy();
    expect(loads.count).toBe(1);
    expect(screen.queryByRole("button", { name: "Edit anyway" })).toBeNull();
  });

  it("beautifies a JSON body in the format worker, and says why when it cannot", async () => {
    show('{"id":1,"tags":["a"]}');
    fireEvent.click(screen.getByRole("button", { name: "Beautify" }));
    const editor = screen.getByRole("textbox", { name: "Request body" }) as HTMLTextAreaElement;
    await waitFor(() => expect(editor.value).toBe('{\n  "id": 1,\n  "tags": [\n    "a"\n  ]\n}'));
    expect(screen.getByText("Body beautified.")).toBeTruthy();

    fireEvent.input(editor, { target: { value: '{"id": ' } });
    fireEvent.click(screen.getByRole("button", { name: "Beautify" }));
    expect(await screen.findByText("Couldn't beautify: The body is not valid JSON.")).toBeTruthy();
    expect(editor.value).toBe('{"id": ');
  });
});
