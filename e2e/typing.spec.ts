// Typing right after opening a request is kept, keystroke for keystroke: the script editor is a
// textarea until CodeMirror's chunk arrives, and the swap must not drop focus or keys on the way.
import { expect, test, type Page } from "@playwright/test";
import { AppPage } from "./pages/app";
import { requestName } from "./pages/names";

const REQUEST = "Get with query params";
const SAVED = 'pm.test("status is 200", () => pm.response.to.have.status(200));';
const TYPED = "pm.test('typed', () => {});";
/** An ordinary typist: ~12 keys a second. */
const KEY_DELAY = 80;

/** The test script as the editor shows it (CodeMirror draws one block per line). */
const scriptText = (page: Page) =>
  page
    .getByRole("textbox", { name: "Test script" })
    .evaluate((el) =>
      el instanceof HTMLTextAreaElement
        ? el.value
        : [...el.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"),
    );

/** Ctrl+S, then proves the stored row holds `expected` by reading it back after a reload. */
async function saveAndReread(app: AppPage, expected: string) {
  await app.save();
  await expect(app.page.getByRole("tab", { name: requestName(REQUEST) })).toBeVisible();
  await app.page.reload();
  await app.page.getByRole("tab", { name: "Tests" }).click();
  await expect.poll(() => scriptText(app.page)).toBe(expected);
}

test.describe("the chunk arrives while the user types", () => {
  // The page fetches the chunk itself (no service worker in between), so the test holds it back.
  test.use({ serviceWorkers: "block" });

  test("every keystroke lands, before, during and after the swap", async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/codeEditor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const app = new AppPage(page);
    await app.open();
    await app.openRequest(REQUEST);
    await page.getByRole("tab", { name: "Tests" }).click();
    const editor = page.getByRole("textbox", { name: "Test script" });
    await editor.click();
    await expect(editor).toHaveJSProperty("tagName", "TEXTAREA");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(`\n${TYPED.slice(0, 8)}`, { delay: KEY_DELAY });
    const arrived = page.waitForResponse(/\/assets\/codeEditor-/);
    release();
    await arrived;
    // CodeMirror replaces the textarea somewhere in these keystrokes.
    await page.keyboard.type(TYPED.slice(8), { delay: KEY_DELAY });
    await expect(page.locator(".cm-editor")).toBeVisible();
    await saveAndReread(app, `${SAVED}\n${TYPED}`);
  });
});

test("a line typed at an ordinary pace right after opening is saved whole", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openRequest(REQUEST);
  await page.getByRole("tab", { name: "Tests" }).click();
  // Click where the editor is, textarea or CodeMirror, as a user does without waiting for either.
  await page.locator(".code-editor").click({ position: { x: 40, y: 12 } });
  await page.keyboard.press("Control+End");
  await page.keyboard.type(`\n${TYPED}`, { delay: KEY_DELAY });
  await saveAndReread(app, `${SAVED}\n${TYPED}`);
});
