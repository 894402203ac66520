// @vitest-environment jsdom
// The strip's overflow behaviour: middle-click closing, the active tab scrolled into view, and
// the "More tabs" list (jsdom has no layout: widths and boxes are stubbed per test).
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../app/testing/renderApp";
import { resetOnceQueries } from "../../testing/onceQuery";
import { CloseTabPrompt } from "./CloseTabPrompt";
import { TabStrip } from "./TabStrip";
import { requestName } from "../../testing/requestName";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  vi.restoreAllMocks();
});

const TAB_WIDTH = 100;
const VIEW_WIDTH = 300;

/** Lays the strip out: each tab TAB_WIDTH wide, the list VIEW_WIDTH wide and scrollable. */
function stubLayout() {
  const tabIndex = (el: Element) => [...(el.parentElement?.children ?? [])].indexOf(el);
  vi.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains("tab-list") ? this.children.length * TAB_WIDTH : 0;
  });
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains("tab-list") ? VIEW_WIDTH : 0;
  });
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
    this: HTMLElement,
  ) {
    const list = this.closest(".tab-list") as HTMLElement | null;
    if (this.classList.contains("tab-list")) return new DOMRect(0, 0, VIEW_WIDTH, 30);
    if (list && this.classList.contains("tab")) {
      return new DOMRect(tabIndex(this) * TAB_WIDTH - list.scrollLeft, 0, TAB_WIDTH, 30);
    }
    return new DOMRect(0, 0, 0, 0);
  });
}

function setup() {
  return renderWithApp(() => (
    <>
      <TabStrip panelId="panel" />
      <CloseTabPrompt />
    </>
  ));
}

describe("TabStrip overflow", () => {
  it("closes a tab on middle click, asking first when it is dirty", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.getUsers.id);
    await host.tabs.open(fx.health.id);
    fireEvent(
      screen.getByRole("tab", { name: requestName("Health") }),
      new MouseEvent("auxclick", { button: 1, bubbles: true }),
    );
    await waitFor(() =>
      expect(screen.queryByRole("tab", { name: requestName("Health") })).toBeNull(),
    );
    host.tabs.setDraft(fx.getUsers.id, { ...host.tabs.active()!.draft, url: "changed" });
    fireEvent(
      screen.getByRole("tab", { name: requestName("Get users (unsaved)") }),
      new MouseEvent("auxclick", { button: 1, bubbles: true }),
    );
    screen.getByRole("alertdialog", { name: "Unsaved changes" });
  });

  it("ignores other auxiliary buttons", async () => {
    const { fx, host } = setup();
    await host.tabs.open(fx.health.id);
    fireEvent(
      screen.getByRole("tab", { name: requestName("Health") }),
      new MouseEvent("auxclick", { button: 2, bubbles: true }),
    );
    screen.getByRole("tab", { name: requestName("Health") });
  });

  it("scrolls the active tab into view on open and on switch", async () => {
    stubLayout();
    const { host } = setup();
    const ids = Array.from({ length: 8 }, (_, i) => host.tabs.openNew({ name: `Request ${i}` }));
    const list = screen.getByRole("tablist", { name: "Open requests" });
    // The 8th tab spans 700-800: the view (300 wide) ends at its right edge.
    expect(list.scrollLeft).toBe(500);
    host.tabs.activate(ids[1]!);
    expect(list.scrollLeft).toBe(100);
    host.tabs.activate(ids[2]!);
    expect(list.scrollLeft).toBe(100);
  });

  it("shows More tabs only when the tabs overflow, and jumps to the picked tab", async () => {
    stubLayout();
    const { host } = setup();
    host.tabs.openNew({ name: "Request 0" });
    host.tabs.openNew({ name: "Request 1" });
    expect(screen.queryByRole("button", { name: /More tabs/ })).toBeNull();
    for (const i of [2, 3, 4]) host.tabs.openNew({ name: `Request ${i}` });
    const more = screen.getByRole("button", { name: "More tabs (5)" });
    expect(more.textContent).toContain("5");
    fireEvent.click(more);
    const menu = screen.getByRole("menu", { name: "Open tabs" });
    const items = within(menu).getAllByRole("menuitemradio");
    expect(items.map((el) => el.getAttribute("aria-label"))).toEqual(
      [0, 1, 2, 3, 4].map((i) => `GET Request ${i}`),
    );
    const active = within(menu).getByRole("menuitemradio", { name: requestName("Request 4") });
    expect(active.getAttribute("aria-checked")).toBe("true");
    expect(document.activeElement).toBe(active);
    fireEvent.keyDown(active, { key: "Home" });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(items[4]);
    fireEvent.keyDown(items[4]!, { key: "ArrowDown" });
    fireEvent.keyDown(items[0]!, { key: "ArrowDown" });
    fireEvent.click(document.activeElement!);
    expect(screen.queryByRole("menu")).toBeNull();
    expect(host.tabs.state.activeId).toBe(host.tabs.tabs()[1]!.id);
    expect(document.activeElement).toBe(
      screen.getByRole("tab", { name: requestName("Request 1") }),
    );
  });

  it("closes the list with Escape and gives focus back to the button", () => {
    stubLayout();
    const { host } = setup();
    for (let i = 0; i < 5; i++) host.tabs.openNew({ name: `Request ${i}` });
    const more = screen.getByRole("button", { name: "More tabs (5)" });
    fireEvent.click(more);
    expect(more.getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(screen.getByRole("menu", { name: "Open tabs" }), { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(more);
  });
});
