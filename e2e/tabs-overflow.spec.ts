// Tabs as a daily driver: many tabs stay reachable (the active one in view, "More tabs" lists
// them all), middle-click closes, the sidebar follows the active tab, new tabs open on the right
// section, and Send turns into Cancel while a request is in flight.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { API, AppPage } from "./pages/app";
import { requestName } from "./pages/names";

const strip = (page: Page) => page.getByRole("tablist", { name: "Open requests" });
const tab = (page: Page, name: string) => strip(page).getByRole("tab", { name: requestName(name) });
const activeTab = (page: Page) => strip(page).getByRole("tab", { selected: true });
const section = (page: Page) =>
  page.getByRole("tablist", { name: "Request sections" }).getByRole("tab", { selected: true });

/** Whether `el` lies wholly inside the strip's visible width. */
async function inStripView(page: Page, el: Locator): Promise<boolean> {
  const [view, box] = await Promise.all([strip(page).boundingBox(), el.boundingBox()]);
  if (!view || !box) return false;
  return box.x >= view.x - 1 && box.x + box.width <= view.x + view.width + 1;
}

test("fifteen tabs: the active one stays in view and More tabs reaches every one", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Many");
  for (let i = 1; i <= 15; i++) {
    await app.newRequestIn("Many", `Request ${i}`);
    await expect(activeTab(page)).toHaveAccessibleName(`GET Request ${i}`);
    await expect.poll(() => inStripView(page, activeTab(page))).toBe(true);
  }
  // The first tab scrolled out of view; the list reaches it.
  await expect.poll(() => inStripView(page, tab(page, "Request 1"))).toBe(false);
  const more = page.getByRole("button", { name: /^More tabs \(\d+\)$/ });
  await more.click();
  const menu = page.getByRole("menu", { name: "Open tabs" });
  await expect(menu.getByRole("menuitemradio", { name: /^GET Request \d+$/ })).toHaveCount(15);
  const current = menu.getByRole("menuitemradio", { name: requestName("Request 15") });
  await expect(current).toHaveAttribute("aria-checked", "true");
  await expect(current).toBeFocused();
  // By keyboard: up one, Enter.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expect(activeTab(page)).toHaveAccessibleName("GET Request 14");
  await expect(activeTab(page)).toBeFocused();
  // By pointer: the first one, far out of view.
  await more.click();
  await menu.getByRole("menuitemradio", { name: requestName("Request 1") }).click();
  await expect(activeTab(page)).toHaveAccessibleName("GET Request 1");
  await expect.poll(() => inStripView(page, tab(page, "Request 1"))).toBe(true);
  await expect(app.treeItem("Request 1")).toHaveAttribute("aria-current", "true");

  // After a reload the restored active tab is in view too.
  await page.reload();
  await expect(activeTab(page)).toHaveAccessibleName("GET Request 1");
  await expect.poll(() => inStripView(page, activeTab(page))).toBe(true);
  await more.click();
  await menu.getByRole("menuitemradio", { name: requestName("Request 15") }).click();
  await expect.poll(() => inStripView(page, tab(page, "Request 15"))).toBe(true);
});

test("middle-click closes a tab, asking first when it has unsaved changes", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openRequest("Get with query params");
  await app.openRequest("Header from environment");
  await tab(page, "Header from environment").click({ button: "middle" });
  await expect(tab(page, "Header from environment")).toHaveCount(0);
  await expect(activeTab(page)).toHaveAccessibleName("GET Get with query params");

  await app.url().fill(`${API}/cors/edited`);
  await tab(page, "Get with query params (unsaved)").click({ button: "middle" });
  const prompt = page.getByRole("alertdialog", { name: "Unsaved changes" });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("button", { name: "Cancel" }).click();
  await expect(tab(page, "Get with query params (unsaved)")).toBeVisible();
});

test("the sidebar marks the active tab's request and reveals it", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const folder = app.treeItem("Auth examples");
  await folder.click();
  await expect(folder).toHaveAttribute("aria-expanded", "true");
  await app.openRequest("Bearer token (inherited)");
  await expect(app.treeItem("Bearer token (inherited)")).toHaveAttribute("aria-current", "true");
  await app.openRequest("Post JSON");
  await expect(app.treeItem("Post JSON")).toHaveAttribute("aria-current", "true");
  await expect(app.treeItem("Post JSON")).toHaveAttribute("aria-selected", "true");
  await expect(app.treeItem("Bearer token (inherited)")).not.toHaveAttribute("aria-current");
  // Collapse the folder; switching back to its request opens it again.
  await folder.click();
  await expect(app.treeItem("Bearer token (inherited)")).toHaveCount(0);
  await tab(page, "Bearer token (inherited)").click();
  await expect(folder).toHaveAttribute("aria-expanded", "true");
  await expect(app.treeItem("Bearer token (inherited)")).toHaveAttribute("aria-current", "true");
  await expect(app.treeItem("Bearer token (inherited)")).toBeInViewport();
});

test("a tab opens on Params, or Body for a POST, and keeps the section it was left on", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.openRequest("Get with query params");
  await expect(section(page)).toHaveAccessibleName("Params");
  await page.getByRole("tab", { name: "Headers", exact: true }).click();
  await app.openRequest("Post JSON");
  await expect(section(page)).toHaveAccessibleName("Body");
  await page.getByRole("tab", { name: "Auth", exact: true }).click();
  await page.getByRole("button", { name: "New request tab" }).click();
  await expect(section(page)).toHaveAccessibleName("Params");
  await tab(page, "Get with query params").click();
  await expect(section(page)).toHaveAccessibleName("Headers");
});

test("Send becomes Cancel while a request is in flight, and cancelling says so", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  // The server answers after 5 s (and without CORS headers, which no longer matters then).
  await app.url().fill(`${API}/nocors/slow?ms=5000`);
  const send = page.getByRole("button", { name: "Send", exact: true });
  const cancel = page.getByRole("button", { name: "Cancel", exact: true });
  await send.click();
  await expect(cancel).toBeVisible();
  await expect(send).toHaveCount(0);
  await cancel.click();
  await expect(app.response()).toContainText("Cancelled");
  await expect(send).toBeVisible();

  // Ctrl+Enter sends when idle; the same button cancels.
  await app.url().press("Control+Enter");
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(send).toBeVisible();
  await expect(app.response()).toContainText("Cancelled");
});
