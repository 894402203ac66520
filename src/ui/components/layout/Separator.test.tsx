// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { createSplit } from "../../primitives/createSplit";
import { Separator } from "./Separator";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function setup() {
  render(() => {
    const split = createSplit({
      key: "t.split",
      initial: 50,
      min: 20,
      max: 80,
      step: 2,
      bigStep: 10,
    });
    return (
      <Separator
        label="Resize request and response"
        orientation="horizontal"
        split={split}
        valueText={`Request ${split.size()}%`}
        controls="editor"
        measure={(e) => e.clientY}
      />
    );
  });
  return screen.getByRole("separator", { name: "Resize request and response" });
}

describe("Separator", () => {
  it("is a focusable splitter with its value, range and orientation", () => {
    const sep = setup();
    expect(sep.tabIndex).toBe(0);
    expect(sep.getAttribute("aria-orientation")).toBe("horizontal");
    expect(sep.getAttribute("aria-valuenow")).toBe("50");
    expect(sep.getAttribute("aria-valuemin")).toBe("20");
    expect(sep.getAttribute("aria-valuemax")).toBe("80");
    expect(sep.getAttribute("aria-valuetext")).toBe("Request 50%");
    expect(sep.getAttribute("aria-controls")).toBe("editor");
  });

  it("moves with the keyboard and remembers the size in localStorage", () => {
    const sep = setup();
    fireEvent.keyDown(sep, { key: "ArrowDown", shiftKey: true });
    expect(sep.getAttribute("aria-valuenow")).toBe("60");
    fireEvent.keyDown(sep, { key: "Home" });
    expect(sep.getAttribute("aria-valuenow")).toBe("20");
    expect(localStorage.getItem("t.split")).toBe("20");
  });

  it("follows a pointer drag", () => {
    const sep = setup();
    const pointer = (type: string, clientY: number) =>
      Object.assign(new MouseEvent(type, { clientY, button: 0, bubbles: true }), {
        pointerId: 1,
        pointerType: "mouse",
      });
    sep.dispatchEvent(pointer("pointerdown", 50));
    sep.dispatchEvent(pointer("pointermove", 72));
    sep.dispatchEvent(pointer("pointerup", 72));
    expect(sep.getAttribute("aria-valuenow")).toBe("72");
    expect(localStorage.getItem("t.split")).toBe("72");
  });
});
