// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PanelBoundary } from "./PanelBoundary";

afterEach(cleanup);

describe("PanelBoundary", () => {
  it("shows a panel's render error and keeps the other panels working", () => {
    const [broken, setBroken] = createSignal(true);
    const [count, setCount] = createSignal(0);
    const Faulty = () => {
      if (broken()) throw new Error("cannot read the draft");
      return <p>Request editor</p>;
    };
    const onReload = vi.fn();
    render(() => (
      <>
        <PanelBoundary name="Request" onReload={onReload}>
          <Faulty />
        </PanelBoundary>
        <PanelBoundary name="Sidebar">
          <button type="button" onClick={() => setCount(count() + 1)}>
            Clicked {count()}
          </button>
        </PanelBoundary>
      </>
    ));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Request stopped working");
    expect(alert.textContent).toContain("Error: cannot read the draft");
    // The other panel still answers.
    fireEvent.click(screen.getByRole("button", { name: "Clicked 0" }));
    expect(screen.getByRole("button", { name: "Clicked 1" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Reload Satchel" }));
    expect(onReload).toHaveBeenCalledOnce();
    // Once the cause is gone, "Try again" renders the panel again.
    setBroken(false);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Request editor")).toBeTruthy();
  });
});
