// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { HistoryButton } from "./HistoryButton";
import { HISTORY_PANEL_ID } from "./HistorySidePanel";

afterEach(cleanup);

describe("HistoryButton", () => {
  it("toggles the panel and says whether it is shown, naming it only while it exists", () => {
    const [open, setOpen] = createSignal(false);
    const seen: HTMLButtonElement[] = [];
    render(() => (
      <HistoryButton
        open={open()}
        onToggle={(button) => {
          seen.push(button);
          setOpen(!open());
        }}
      />
    ));
    const button = screen.getByRole("button", { name: "History" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.hasAttribute("aria-controls")).toBe(false);
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(button.getAttribute("aria-controls")).toBe(HISTORY_PANEL_ID);
    expect(seen).toEqual([button]);
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });
});
