// The code panel: a request becomes Python with one click, and "Copy as cURL" gives a command.
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test("open a request's code, choose Python requests, copy it and the cURL command", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Code API");
  await app.newRequestIn("Code API", "Items");
  const url = `${API}/cors/items?page=2`;
  await app.url().fill(url);

  await page.getByRole("tab", { name: "Code" }).click();
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Python requests" });
  const code = page.getByLabel("Generated code");
  await expect(code).toContainText("requests.get(");
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeVisible();
  const python = await readClipboard(page);
  expect(python).toContain("requests.");
  expect(python).toContain(`${API}/cors/items`);

  await page.getByRole("button", { name: "Copy as cURL" }).click();
  await expect(page.getByRole("status").filter({ hasText: "cURL command copied" })).toBeVisible();
  const curl = await readClipboard(page);
  expect(curl).toMatch(/^curl /);
  expect(curl).toContain(url);
});
