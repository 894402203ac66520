// States a power user reads at a glance: the Tests tab's counts and colour, the console's count
// and levels, which script is running, XML pretty-printed with Raw's wrap toggle, Beautify for a
// JSON body, and the runner's labelled counts.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test("the Tests tab counts passes and failures, and the console counts its entries", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/states`);
  await page.getByRole("tab", { name: "Pre-request" }).click();
  await page
    .getByRole("textbox", { name: "Pre-request script" })
    .fill("const end = Date.now() + 1500;\nwhile (Date.now() < end) {}");
  await page.getByRole("tab", { name: "Tests" }).click();
  await page
    .getByRole("textbox", { name: "Test script" })
    .fill(
      [
        'pm.test("status is 200", () => pm.response.to.have.status(200));',
        'pm.test("this one fails", () => pm.expect(1).to.eql(2));',
        'console.log("plain");',
        'console.info("for your information");',
        'console.warn("careful");',
        'console.error("broken");',
      ].join("\n"),
    );
  await app.send();
  // While the pre-request script runs, the response area says whose script it is.
  await expect(app.response().getByRole("status")).toHaveText(
    "Running pre-request script (request “Untitled request”)…",
  );
  await expect(app.status()).toContainText("200");

  const tests = app.response().getByRole("tab", { name: "Tests 1/2" });
  await expect(tests).toHaveAttribute("data-tone", "fail");
  await tests.click();
  await expect(app.response().getByRole("status")).toHaveText("1 passed, 1 failed, 0 skipped");

  const consoleTab = app.response().getByRole("tab", { name: "Console" });
  await expect(consoleTab).toHaveText(/^Console\s*4$/);
  await consoleTab.click();
  const rows = app.response().getByRole("list", { name: "Console output" }).getByRole("listitem");
  await expect(rows.filter({ hasText: "careful" })).toHaveClass(/console-warn/);
  await expect(rows.filter({ hasText: "broken" })).toHaveClass(/console-error/);
  await expect(rows.filter({ hasText: "for your information" })).toHaveClass(/console-info/);
});

test.describe("an XML response", () => {
  // page.route sees the page's own fetches only when no service worker sits in between.
  test.use({ serviceWorkers: "block" });

  test("pretty-prints, and Raw wraps lines on request", async ({ page }) => {
    const xml = '<?xml version="1.0"?><feed><item id="1">One</item><item id="2"/></feed>';
    await page.route(`${API}/cors/feed.xml`, (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/xml",
        headers: { "access-control-allow-origin": "*" },
        body: xml,
      }),
    );
    const app = new AppPage(page);
    await app.open();
    await page.getByRole("button", { name: "New request tab" }).click();
    await app.url().fill(`${API}/cors/feed.xml`);
    await app.send();
    await expect(app.status()).toContainText("200");
    const lines = app.bodyText().locator(".vl-row");
    await expect(lines).toHaveCount(5);
    await expect(lines.nth(2)).toContainText('<item id="1">One</item>');
    await expect(lines.nth(4)).toContainText("</feed>");

    await app.response().getByRole("button", { name: "Raw", exact: true }).click();
    await expect(lines).toHaveCount(1);
    const wrap = app.response().getByRole("button", { name: "Wrap lines" });
    await expect(wrap).toHaveAttribute("aria-pressed", "false");
    await wrap.click();
    await expect(wrap).toHaveAttribute("aria-pressed", "true");
  });
});

test("Beautify formats a JSON request body", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await page.getByRole("tab", { name: "Body" }).click();
  await page.getByRole("radio", { name: "raw" }).check();
  await page.getByLabel("Language").selectOption("json");
  const editor = page.getByRole("textbox", { name: "Request body" });
  await editor.fill('{"name":"satchel","tags":["a","b"]}');
  await page.getByRole("button", { name: "Beautify" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Body beautified." })).toBeVisible();
  await expect(editor).toContainText('"tags": [');
  await expect(editor.locator(".cm-line")).toHaveCount(7);
});

test("the runner labels its counts", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Glance API");
  await app.newRequestIn("Glance API", "Check");
  await app.url().fill(`${API}/cors/check`);
  await page.getByRole("tab", { name: "Tests" }).click();
  await page
    .getByRole("textbox", { name: "Test script" })
    .fill(
      [
        'pm.test("status is 200", () => pm.response.to.have.status(200));',
        'pm.test("never", () => pm.expect(1).to.eql(2));',
      ].join("\n"),
    );
  await app.save();
  await app.itemAction("Glance API", "Run");
  const runner = page.getByRole("dialog", { name: "Collection runner" });
  await runner.getByRole("button", { name: "Run", exact: true }).click();
  await expect(runner.getByRole("progressbar", { name: "Run progress" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(runner.getByText("Requests 1 · Assertions 1 passed, 1 failed")).toBeVisible();
});
