// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { GuardedFrame } from "./GuardedFrame";

afterEach(cleanup);

const LEFT = "It tried to leave.";

function show(doc = "<p>one</p>") {
  const [srcdoc, setSrcdoc] = createSignal(doc);
  render(() => (
    <GuardedFrame title="Frame" sandbox="allow-scripts" srcdoc={srcdoc()} leftMessage={LEFT} />
  ));
  return { setSrcdoc, frame: () => screen.queryByTitle("Frame") as HTMLIFrameElement | null };
}

/** A `securitypolicyviolation` as the app document receives it for a blocked child navigation. */
function violation(directive: string) {
  const e = new Event("securitypolicyviolation");
  Object.assign(e, { effectiveDirective: directive });
  document.dispatchEvent(e);
}

describe("GuardedFrame", () => {
  it("is sandboxed and holds its document before it is in the page", () => {
    const { frame } = show();
    expect(frame()?.getAttribute("sandbox")).toBe("allow-scripts");
    expect(frame()?.getAttribute("srcdoc")).toBe("<p>one</p>");
  });

  it("closes with a message when the frame loads a second time, and shows again on request", () => {
    const { frame } = show();
    fireEvent.load(frame()!);
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.load(frame()!);
    expect(screen.getByRole("alert").textContent).toContain(LEFT);
    expect(frame()).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show again" }));
    expect(frame()?.getAttribute("srcdoc")).toBe("<p>one</p>");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("closes when the app document reports a blocked frame navigation, before any load", () => {
    const { frame } = show();
    violation("img-src");
    expect(frame()).not.toBeNull();
    violation("frame-src");
    expect(screen.getByRole("alert").textContent).toContain(LEFT);
    expect(frame()).toBeNull();
  });

  it("gets a fresh frame (and count) for a new document", () => {
    const { frame, setSrcdoc } = show();
    fireEvent.load(frame()!);
    const first = frame();
    setSrcdoc("<p>two</p>");
    expect(frame()).not.toBe(first);
    fireEvent.load(frame()!);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
