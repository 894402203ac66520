// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ItemResult } from "../../../core/pipeline/types";
import { sendResultTabs } from "../../app/SendResultTabs";
import type { TabRun } from "../../stores/send";
import { VisualizerFrame } from "./VisualizerFrame";

afterEach(cleanup);

/** A finished run whose result carries only what the panels read. */
function runWith(visualizer?: { template: string; data: unknown }): TabRun {
  const result = { assertions: [], errors: [], ...(visualizer ? { visualizer } : {}) };
  return { state: { kind: "idle" }, console: [], result: result as unknown as ItemResult };
}

async function frame(): Promise<HTMLIFrameElement> {
  return (await screen.findByTitle("Visualization")) as HTMLIFrameElement;
}

describe("Visualize tab", () => {
  it("appears only when the run set a visualizer", () => {
    expect(sendResultTabs(() => runWith()).map((t) => t.name)).not.toContain("Visualize");
    const tabs = sendResultTabs(() => runWith({ template: "<p>x</p>", data: null }));
    expect(tabs.map((t) => t.name)).toEqual(["Visualize"]);
  });

  it("renders the template with its data in a sandboxed frame with the getData shim", async () => {
    const run = runWith({ template: "<h1>{{title}}</h1>", data: { title: "Users</script>" } });
    const tab = sendResultTabs(() => run).find((t) => t.name === "Visualize");
    render(() => tab?.render());
    const iframe = await frame();
    expect(iframe.getAttribute("sandbox")).toBe("allow-scripts");
    expect(iframe.getAttribute("sandbox")).not.toContain("allow-same-origin");
    const doc = iframe.getAttribute("srcdoc") ?? "";
    expect(doc).toContain("<h1>Users&lt;/script&gt;</h1>");
    expect(doc).toContain("getData");
    expect(doc).toContain('"title":"Users\\u003c/script>"');
    expect(doc).toContain("Content-Security-Policy");
  });
});

describe("VisualizerFrame", () => {
  it("says plainly what a visualization can still reach", async () => {
    render(() => <VisualizerFrame template="<p>x</p>" data={{}} />);
    await frame();
    const note = screen.getByRole("note").textContent ?? "";
    expect(note).toContain("cannot load or send anything over HTTP");
    expect(note).toContain("it can open WebRTC connections to any host");
  });

  it("closes a visualization whose frame navigated, and says so", async () => {
    render(() => <VisualizerFrame template="<p>x</p>" data={{}} />);
    fireEvent.load(await frame());
    fireEvent.load(await frame());
    expect(screen.getByRole("alert").textContent).toContain(
      "The visualization tried to navigate away",
    );
    expect(screen.queryByTitle("Visualization")).toBeNull();
  });

  it("shows a template error as an alert and no frame", async () => {
    render(() => <VisualizerFrame template="{{#if x}}unclosed" data={{}} />);
    expect((await screen.findByRole("alert")).textContent).toMatch(/Could not render/);
    expect(screen.queryByTitle("Visualization")).toBeNull();
  });

  it("renders nothing dangerous for prototype access", async () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    render(() => (
      <VisualizerFrame
        template="<p>[{{constructor.constructor}}][{{constructor.name}}]</p>"
        data={{ a: 1 }}
      />
    ));
    const doc = (await frame()).getAttribute("srcdoc") ?? "";
    // Everything after the getData shim is the template's output.
    expect(doc.slice(doc.indexOf("</script>") + "</script>".length)).toBe("<p>[][]</p>");
    warn.mockRestore();
  });
});
