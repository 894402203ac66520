// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../../app/testing/renderApp";
import { resetOnceQueries } from "../../testing/onceQuery";
import { CloseTabPrompt } from "./CloseTabPrompt";
import { TabStrip } from "./TabStrip";
import { requestName } from "../../testing/requestName";

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
    expect(tabs.map((t) => t.getAttribute("aria-label"))).toEqual(["GET Get users", "GET Health"]);
    expect(
      screen.getByRole("tab", { name: requestName("Health") }).getAttribute("aria-selected"),
    ).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: requestName("Get users") }));
    expect(host.tabs.state.activeId).toBe(fx.getUsers.id);
    fireEvent.keyDown(screen.getByRole("tab", { name: requestName("Get users") }), {
      key: "ArrowRight",
    });
    expect(host.tabs.state.activeId).toBe(fx.health.id);
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: requestName("Health") }));
  });

  it("names a dirty tab with (unsaved) and asks before closing it", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.getUsers.id);
    host.tabs.setDraft(fx.getUsers.id, { ...host.tabs.active()!.draft, url: "changed" });
    screen.getByRole("tab", { name: requestName("Get users (unsaved)") });

    // The close button is for the pointer: a tablist owns only tabs (Delete closes by keyboard).
    expect(screen.queryByRole("button", { name: /Close/ })).toBeNull();
    fireEvent.click(screen.getByTitle("Close Get users (Delete)"));
    const dialog = screen.getByRole("alertdialog", { name: "Unsaved changes" });
    within(dialog).getByRole("button", { name: "Save" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    screen.getByRole("tab", { name: requestName("Get users (unsaved)") });

    fireEvent.keyDown(screen.getByRole("tab", { name: "GET Get users (unsaved)" }), {
      key: "Delete",
    });
    fireEvent.click(screen.getByRole("button", { name: "Discard" }));
    await waitFor(() => expect(screen.queryByRole("tab")).toBeNull());
  });

  it("opens an untitled request from the New request tab button", () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "New request tab" }));
    const tab = screen.getByRole("tab", { name: requestName("Untitled request") });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByTitle("Close Untitled request (Delete)"));
    expect(screen.queryByRole("tab")).toBeNull();
  });
});
