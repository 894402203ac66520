// OAuth 2.0 end to end against the local authorization server (e2e/server/oauthRoutes.mjs): the
// Auth tab configures Authorization Code with PKCE, "Get new access token" runs it through the
// popup and our own callback page, Send carries the token, and once the (2-second) token has
// expired the next Send refreshes it first and gets in again.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test.afterEach(async ({ request }) => {
  await request.get(`${API}/oauth/control?ttl=3600`);
});

test("authorization code with PKCE through the popup, then a refresh on expiry", async ({
  page,
  request,
}) => {
  await request.get(`${API}/oauth/control?ttl=2`);
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("OAuth API");
  await app.newRequestIn("OAuth API", "Protected");
  await app.url().fill(`${API}/oauth/resource`);

  await page.getByRole("tab", { name: "Auth" }).click();
  await page.getByRole("combobox", { name: "Auth type" }).selectOption("oauth2");
  await page.getByRole("textbox", { name: "Token Name" }).fill("E2E");
  await page
    .getByRole("combobox", { name: "Grant type" })
    .selectOption("authorization_code_with_pkce");
  await page.getByRole("textbox", { name: "Auth URL" }).fill(`${API}/oauth/authorize`);
  await page.getByRole("textbox", { name: "Access Token URL" }).fill(`${API}/oauth/token`);
  await page.getByRole("textbox", { name: "Client ID" }).fill("e2e-app");

  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Get new access token" }).click();
  await expect(page.getByText("Got a new token: E2E")).toBeVisible();
  // The popup went to the authorization server, back to our callback page, and was closed.
  const opened = await popup;
  expect(opened.url()).toContain("/oauth2-callback.html");
  await expect.poll(() => opened.isClosed()).toBe(true);
  await expect(page.getByRole("combobox", { name: "Token to use" })).toHaveValue("E2E");

  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"ok": true');
  const first = Number(
    /"generation": "g(\d+)"/.exec((await app.bodyText().textContent()) ?? "")?.[1],
  );
  expect(first).toBeGreaterThanOrEqual(1);

  // Wait for the token to expire, as the app sees it (its expiry text follows the clock).
  await expect(page.getByText("E2E: Expired (refreshed automatically)")).toBeVisible({
    timeout: 15_000,
  });
  const before = await (await request.get(`${API}/oauth/state`)).json();
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText(`"generation": "g${first + 1}"`);
  const after = await (await request.get(`${API}/oauth/state`)).json();
  expect(after.refreshed).toBe(before.refreshed + 1);
});
