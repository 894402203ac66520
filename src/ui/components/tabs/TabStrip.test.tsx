// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../app/testing/renderApp";
import { resetOnceQueries } from "../../testing/onceQuery";
import { CloseTabPrompt } from "./CloseTabPrompt";
import { TabStrip } from "./TabStrip";

afterEach(() => {
  cleanup();
  resetOnceQueries();
});

function setup() {
  return renderWithApp(() => (
    <>
      <TabStrip panelId="panel" />
      <CloseTabPrompt />
    </>
  ));
}

describe("TabStrip", () => {
  it("lists open requests as tabs and marks the active one", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.getUsers.id);
    await host.tabs.open(fx.health.id);
    const list = screen.getByRole("tablist", { name: "Open requests" });
    const tabs = within(list).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual(["Get users", "Health"]);
    expect(screen.getByRole("tab", { name: "Health" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Get users" }));
    expect(host.tabs.state.activeId).toBe(fx.getUsers.id);
    fireEvent.keyDown(screen.getByRole("tab", { name: "Get users" }), { key: "ArrowRight" });
    expect(host.tabs.state.activeId).toBe(fx.health.id);
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Health" }));
  });

  it("names a dirty tab with (unsaved) and asks before closing it", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.getUsers.id);
    host.tabs.setDraft(fx.getUsers.id, { ...host.tabs.active()!.draft, url: "changed" });
    screen.getByRole("tab", { name: "Get users (unsaved)" });

    fireEvent.click(screen.getByRole("button", { name: "Close Get users" }));
    const dialog = screen.getByRole("alertdialog", { name: "Unsaved changes" });
    within(dialog).getByRole("button", { name: "Save" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    screen.getByRole("tab", { name: "Get users (unsaved)" });

    fireEvent.click(screen.getByRole("button", { name: "Close Get users" }));
    fireEvent.click(screen.getByRole("button", { name: "Discard" }));
    await waitFor(() => expect(screen.queryByRole("tab")).toBeNull());
  });

  it("opens an untitled request from the New request tab button", () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "New request tab" }));
    const tab = screen.getByRole("tab", { name: "Untitled request" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Close Untitled request" }));
    expect(screen.queryByRole("tab")).toBeNull();
  });
});
