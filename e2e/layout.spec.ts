// The shell's layout as a daily user meets it: the first visit lands on an open request ready to
// type, the sidebar and the request/response split resize by keyboard and by mouse drag, and the
// sizes and the orientation come back after a reload; history opens as a panel beside the editor.
import { expect, test, type Locator } from "@playwright/test";
import { AppPage } from "./pages/app";
import { requestName } from "./pages/names";

/** Drags `handle` from its centre by (dx, dy) with the mouse (pointer events, as a user would). */
async function drag(app: AppPage, handle: Locator, dx: number, dy: number) {
  const box = await handle.boundingBox();
  if (!box) throw new Error("the separator is not laid out");
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x + dx / 2, y + dy / 2);
  await app.page.mouse.move(x + dx, y + dy);
  await app.page.mouse.up();
}

const valueOf = async (separator: Locator) => Number(await separator.getAttribute("aria-valuenow"));

test("the first visit lands on the demo's first request with the caret in its URL", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await expect(
    page.getByRole("tab", { name: requestName("Get with query params") }),
  ).toHaveAttribute("aria-selected", "true");
  await expect(app.url()).toBeFocused();
  await expect(app.url()).toHaveValue("{{baseUrl}}/get?page=1&search=satchel");
  await page.keyboard.press("End");
  await page.keyboard.type("&ready=1");
  await expect(app.url()).toHaveValue("{{baseUrl}}/get?page=1&search=satchel&ready=1");

  // A returning visitor gets back what they had, not a second first screen.
  await page.reload();
  await expect(page.getByRole("tablist", { name: "Open requests" }).getByRole("tab")).toHaveCount(
    1,
  );
  await expect(app.url()).toHaveValue("{{baseUrl}}/get?page=1&search=satchel&ready=1");
});

test("resize the sidebar and the split by keyboard and drag; sizes and orientation survive a reload", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const sidebarSep = app.separator("Resize sidebar");
  const splitSep = app.separator("Resize request and response");
  const sidebar = page.getByRole("complementary", { name: "Sidebar" });

  // Keyboard: Shift+arrow is a big step, an arrow a small one.
  await expect(sidebarSep).toHaveAttribute("aria-orientation", "vertical");
  await expect(sidebarSep).toHaveAttribute("aria-valuenow", "280");
  await sidebarSep.focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(sidebarSep).toHaveAttribute("aria-valuenow", "328");
  await expect.poll(async () => Math.round((await sidebar.boundingBox())?.width ?? 0)).toBe(328);
  // Mouse: the sidebar follows the pointer.
  await drag(app, sidebarSep, -80, 0);
  await expect.poll(() => valueOf(sidebarSep)).toBeLessThan(260);
  const sidebarWidth = await valueOf(sidebarSep);
  expect(sidebarWidth).toBeGreaterThan(240);
  await expect
    .poll(async () => Math.round((await sidebar.boundingBox())?.width ?? 0))
    .toBe(sidebarWidth);

  // A wide window starts side by side; Home/End reach the ends, arrows step back.
  await expect(splitSep).toHaveAttribute("aria-orientation", "vertical");
  await splitSep.focus();
  await page.keyboard.press("End");
  await expect(splitSep).toHaveAttribute("aria-valuenow", "80");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect(splitSep).toHaveAttribute("aria-valuenow", "22");
  // Stacked, then dragged down: the request pane takes about 60% of the height.
  await page.getByRole("button", { name: "Stacked layout" }).click();
  await expect(splitSep).toHaveAttribute("aria-orientation", "horizontal");
  const panel = (await page.locator("#request-panel").boundingBox())!;
  const sep = (await splitSep.boundingBox())!;
  await drag(app, splitSep, 0, panel.y + panel.height * 0.6 - (sep.y + sep.height / 2));
  await expect.poll(() => valueOf(splitSep)).toBeGreaterThan(56);
  const share = await valueOf(splitSep);
  expect(share).toBeLessThan(64);
  const editor = (await page.getByRole("region", { name: "Request" }).boundingBox())!;
  expect(Math.abs(editor.height - (panel.height * share) / 100)).toBeLessThan(4);

  await page.reload();
  await expect(app.url()).toBeVisible();
  await expect(sidebarSep).toHaveAttribute("aria-valuenow", String(sidebarWidth));
  await expect(splitSep).toHaveAttribute("aria-valuenow", String(share));
  await expect(splitSep).toHaveAttribute("aria-orientation", "horizontal");
  await expect(page.getByRole("button", { name: "Side by side layout" })).toBeVisible();
});

test("on a phone the separators hide and the sidebar is a drawer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const app = new AppPage(page);
  await page.goto("/");
  await expect(app.url()).toBeVisible();
  await expect(app.separator("Resize sidebar")).toBeHidden();
  await expect(app.separator("Resize request and response")).toBeHidden();
  await page.getByRole("button", { name: "Collections" }).click();
  await expect(app.treeItem("Satchel demo")).toBeVisible();
});
