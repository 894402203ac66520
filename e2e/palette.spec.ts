// The command palette and the keyboard: Ctrl+K finds a demo request by a fuzzy abbreviation and
// opens it, "Run collection" opens the runner, "?" lists the shortcuts, Escape closes and focus
// goes back where it was; the registry's shortcuts reach the shell (new request, sidebar).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AppPage } from "./pages/app";
import { requestName } from "./pages/names";

const palette = (page: Page) => page.getByRole("dialog", { name: "Command palette" });
const searchBox = (page: Page) =>
  palette(page).getByRole("combobox", { name: "Search commands, requests and environments" });

test("Ctrl+K finds a request by a fuzzy abbreviation and Enter opens it", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.treeItem("Satchel demo").focus();
  await page.keyboard.press("Control+k");
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).pressSequentially("pojs");
  const first = palette(page).getByRole("option").first();
  await expect(first).toContainText("Post JSON");
  await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole("tab", { name: requestName("Post JSON") })).toHaveAttribute(
    "aria-selected",
    "true",
  );

  // The request just chosen comes first next time, before anything is typed.
  await page.keyboard.press("Control+Shift+P");
  await expect(palette(page).getByRole("option").first()).toContainText("Post JSON");
});

test("Escape closes the palette and focus returns where it was", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const filter = page.getByRole("textbox", { name: "Filter requests" });
  await filter.focus();
  await page.keyboard.press("Control+Shift+P");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toBeHidden();
  await expect(filter).toBeFocused();

  // The header's button opens it too.
  await page.getByRole("button", { name: "Command palette" }).click();
  await expect(searchBox(page)).toBeFocused();
});

test("the palette's Run collection opens the runner on the collection", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.keyboard.press("Control+k");
  await searchBox(page).pressSequentially("run collection");
  await expect(palette(page).getByRole("option").first()).toContainText("Run collection");
  await page.keyboard.press("Enter");
  const runner = page.getByRole("dialog", { name: "Collection runner" });
  await expect(runner).toBeVisible();
  await expect(runner.getByRole("combobox", { name: "Collection or folder" })).toHaveValue(
    /^collection:/,
  );
});

test('"?" shows every shortcut, but not while typing in a field', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const filter = page.getByRole("textbox", { name: "Filter requests" });
  await filter.focus();
  await page.keyboard.press("?");
  await expect(filter).toHaveValue("?");
  await filter.fill("");

  const item = app.treeItem("Satchel demo");
  await item.focus();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet.getByRole("row", { name: /Command palette/ })).toContainText("Ctrl+K");
  await expect(sheet.getByRole("row", { name: /Close tab/ })).toContainText("Alt+W");
  await expect(sheet.getByRole("row", { name: /Next tab/ })).toContainText("Ctrl+Alt+Page Down");
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(item).toBeFocused();
});

test("shortcuts reach the shell: Alt+N opens a request, Ctrl+B hides the sidebar", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const tabs = page.getByRole("tab", { name: "Untitled request" });
  const before = await tabs.count();
  await app.treeItem("Satchel demo").focus();
  await page.keyboard.press("Alt+n");
  await expect(tabs).toHaveCount(before + 1);
  await expect(app.url()).toBeFocused();

  await page.keyboard.press("Control+b");
  await expect(app.tree()).toBeHidden();
  await page.keyboard.press("Control+b");
  await expect(app.tree()).toBeVisible();
});

test("the palette and the shortcuts sheet pass axe in light and dark themes", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const serious = async (selector: string) => {
    const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  };
  for (const theme of ["Light", "Dark"]) {
    await page.keyboard.press("Control+k");
    await searchBox(page).pressSequentially(`switch theme ${theme}`);
    await expect(palette(page).getByRole("option").first()).toContainText(theme);
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme.toLowerCase());

    await page.keyboard.press("Control+k");
    await searchBox(page).pressSequentially("post");
    await expect(palette(page).getByRole("option").first()).toBeVisible();
    expect(await serious(".dialog")).toEqual([]);
    await page.keyboard.press("Escape");

    await app.treeItem("Satchel demo").focus();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await serious(".dialog")).toEqual([]);
    await page.keyboard.press("Escape");
  }
});
