// @vitest-environment jsdom
// The shell's layout: the resizable sidebar and request/response split, the orientation toggle,
// and history as a panel beside the editor.
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { clearToasts } from "../stores/toasts";
import { resetOnceQueries } from "../testing/onceQuery";
import { App } from "./App";
import { renderWithApp } from "./testing/renderApp";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
  localStorage.clear();
});

const setup = () => renderWithApp((host) => <App host={host} />, false);

describe("App layout", () => {
  it("resizes the sidebar from its separator and keeps the width for the next start", async () => {
    setup();
    const sep = screen.getByRole("separator", { name: "Resize sidebar" });
    expect(sep.getAttribute("aria-orientation")).toBe("vertical");
    expect(sep.getAttribute("aria-valuenow")).toBe("280");
    fireEvent.keyDown(sep, { key: "ArrowRight", shiftKey: true });
    expect(sep.getAttribute("aria-valuenow")).toBe("344");
    expect(
      document.querySelector<HTMLElement>(".app")?.style.getPropertyValue("--sidebar-width"),
    ).toBe("344px");
    cleanup();
    setup();
    expect(
      screen.getByRole("separator", { name: "Resize sidebar" }).getAttribute("aria-valuenow"),
    ).toBe("344");
  });

  it("splits request and response, stacked or side by side, remembered", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.health.id);
    const sep = await screen.findByRole("separator", { name: "Resize request and response" });
    // jsdom's window is 1024 px wide: narrower than the side-by-side default's threshold.
    expect(sep.getAttribute("aria-orientation")).toBe("horizontal");
    fireEvent.keyDown(sep, { key: "End" });
    expect(sep.getAttribute("aria-valuenow")).toBe("80");
    const panel = document.getElementById("request-panel")!;
    expect(panel.style.getPropertyValue("--request-share")).toBe("80%");
    fireEvent.click(screen.getByRole("button", { name: "Side by side layout" }));
    expect(panel.classList.contains("panes-columns")).toBe(true);
    expect(sep.getAttribute("aria-orientation")).toBe("vertical");
    expect(localStorage.getItem("satchel.layout.orientation")).toBe("columns");
    fireEvent.click(screen.getByRole("button", { name: "Stacked layout" }));
    expect(sep.getAttribute("aria-orientation")).toBe("horizontal");
  });

  it("shows history as a panel beside the editor, toggled from the History button", async () => {
    setup();
    const button = screen.getByRole("button", { name: "History" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const panel = await screen.findByRole("complementary", { name: "History" });
    expect(screen.queryByRole("dialog")).toBeNull();
    await within(panel).findByText("No requests sent yet.");
    // The editor stays usable beside it.
    screen.getByRole("main");
    fireEvent.click(within(panel).getByRole("button", { name: "Close history" }));
    await waitFor(() =>
      expect(screen.queryByRole("complementary", { name: "History" })).toBeNull(),
    );
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });
});
