// Browsers limit fetch: a failed send says why, in words, and what would fix it.
import { expect, test } from "@playwright/test";
import { API, APP_ORIGIN, AppPage } from "./pages/app";

test("a CORS-blocked request explains itself and names the header the server must send", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/nocors/private`);
  await app.send();
  const alert = app.response().getByRole("alert");
  await expect(alert).toContainText(/CORS/);
  await expect(alert).toContainText("Access-Control-Allow-Origin");
  await expect(alert).toContainText(APP_ORIGIN);
});

test("an unreachable server is told apart from CORS", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill("http://127.0.0.1:4199/nothing-listens-here");
  await app.send();
  const alert = app.response().getByRole("alert");
  await expect(alert).toContainText(/could not connect|unreachable/i);
  await expect(alert).not.toContainText(/CORS/);
});

test("a 50 MB JSON response opens and the page stays responsive", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/big?mb=50`);
  await app.send();
  await expect(app.status()).toContainText("200", { timeout: 60_000 });
  await expect(app.bodyText()).toContainText('"id": 0', { timeout: 60_000 });
  // Still answering input: the URL field takes typing right away.
  await app.url().fill(`${API}/cors/after-big`);
  await expect(app.url()).toHaveValue(`${API}/cors/after-big`);
});
