// The /embed page (an iframe-friendly, read-only view of a shared collection) and share links:
// the page reads ?collection=<url>, sends a request to the local test server, and "Open in
// Satchel" carries the collection into the app, which previews it before storing anything.
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { API, AppPage } from "./pages/app";

const COLLECTION_URL = `${API}/embed-collections/echo.json`;
const embedUrl = `/embed?collection=${encodeURIComponent(COLLECTION_URL)}`;

const region = (page: Page) => page.getByRole("region", { name: "Embedded collection" });

test("the embed page shows a collection, sends a request, and opens it in Satchel", async ({
  page,
  context,
}) => {
  await page.goto(embedUrl);
  const embed = region(page);
  await expect(embed.getByRole("heading", { name: "Embed Echo" })).toBeVisible();
  await expect(embed.getByRole("button", { name: "GET Find pets" })).toBeVisible();
  await expect(embed.getByRole("button", { name: "POST Add pet" })).toBeVisible();
  await expect(embed).toContainText("{{base}}/pets?status=available");
  await expect(embed).toContainText("Lists the pets that are available.");

  await embed.getByRole("button", { name: "Send" }).click();
  await expect(embed.getByRole("status")).toContainText("200 OK");
  await expect(embed.getByRole("status")).toContainText(/\d+ ms/);
  const body = embed.getByRole("region", { name: "Response body" });
  await expect(body).toContainText('"status": "available"');
  await expect(body).toContainText('"x-embed": "yes"');

  await embed.getByRole("button", { name: "POST Add pet" }).click();
  await embed.getByRole("button", { name: "Send" }).click();
  await expect(embed.getByRole("status")).toContainText("200 OK");
  await expect(body).toContainText('"method": "POST"');
  await expect(body).toContainText('\\"name\\":\\"Rex\\"');

  // The embed page never opened a database on the app's origin.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual(
    [],
  );

  const link = embed.getByRole("link", { name: "Open in Satchel" });
  await expect(link).toHaveAttribute("href", /\/#import=v1\./);
  const [appPage] = await Promise.all([context.waitForEvent("page"), link.click()]);
  const app = new AppPage(appPage);
  const dialog = appPage.getByRole("dialog", { name: "Import" });
  await expect(dialog.getByRole("status")).toContainText("Will create 1 collection, 2 requests.");
  await expect(dialog.getByRole("status")).toContainText("Collection “Embed Echo”");
  await expect.poll(() => new URL(appPage.url()).hash).toBe("");
  // Nothing is stored before the user confirms.
  await expect(app.treeItem("Embed Echo")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog).toBeHidden();
  // The import is revealed (its collection expanded), and the first start still seeded the demo.
  await expect(app.treeItem("Find pets")).toBeVisible();
  await expect(app.treeItem("Add pet")).toBeVisible();
  await expect(app.treeItem("Satchel demo")).toBeVisible();
});

test("the embed page is served offline from the service worker's precache", async ({
  page,
  context,
}) => {
  await page.goto(embedUrl);
  const href = await region(page)
    .getByRole("link", { name: "Open in Satchel" })
    .getAttribute("href");
  const fragment = new URL(href ?? "").hash;
  const app = new AppPage(page);
  await app.open();
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.goto(`/embed?theme=dark${fragment}`);
  await expect(region(page).getByRole("button", { name: "GET Find pets" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("a broken share link shows an error naming the problem and imports nothing", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.goto("/#import=v1.ab*cd");
  const notifications = page.getByRole("region", { name: "Notifications" });
  await expect(notifications).toContainText(
    'The shared link is damaged at character 5: character "*" is not base64url.',
  );
  await expect(page.getByRole("dialog", { name: "Import" })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe("");
});

test("the embed page names a collection it cannot load", async ({ page }) => {
  await page.goto(`/embed?collection=${encodeURIComponent(`${API}/nocors/c.json`)}`);
  await expect(region(page).getByRole("alert")).toContainText(/CORS|allow/i);
});
