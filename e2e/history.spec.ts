// History is a panel beside the editor: a sent request is listed with the status bar's duration
// format, and reopening it opens the request in a new tab showing the response it got.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test("history opens as a panel, and reopening an entry shows its request and response", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/users?limit=2`);
  await app.send();
  await expect(app.status()).toContainText("200");
  const metric = app.response().getByText("Time", { exact: true }).locator("..");
  const time = (await metric.textContent()) ?? "";

  const history = await app.openHistory();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const row = history.getByRole("button", { name: /\/cors\/users\?limit=2/ });
  await expect(row).toBeVisible();
  // The same words for the same duration as the status bar ("Time 12 ms").
  await expect(row.locator(".history-time")).toHaveText(time.replace(/^Time\s*/, ""));
  // The editor stays usable beside the panel.
  await expect(app.url()).toBeVisible();

  await row.click();
  const strip = page.getByRole("tablist", { name: "Open requests" });
  await expect(strip.getByRole("tab")).toHaveCount(3);
  await expect(strip.getByRole("tab").nth(2)).toHaveAttribute("aria-selected", "true");
  await expect(app.url()).toHaveValue(`${API}/cors/users?limit=2`);
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"path": "/cors/users"');
  await expect(history).toBeVisible();

  await history.getByRole("button", { name: "Close history" }).click();
  await expect(history).toBeHidden();
  await expect(page.getByRole("button", { name: "History", exact: true })).toBeFocused();
});
