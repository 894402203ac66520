// After one visit the app, its data, the script sandbox and the built-in echo endpoint work
// with no network.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test("offline reload still shows the collections and the echo endpoint answers", async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();
  await expect(app.treeItem("Satchel demo")).toBeVisible();
  await app.expandCollection("Satchel demo");
  await app.openRequest("Get with query params");
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"method"');
  // Its test script ran too: QuickJS's wasm and chai came from the precache.
  await app.response().getByRole("tab", { name: "Tests" }).click();
  await expect(app.response().getByRole("list", { name: "Test results" })).toContainText(
    "PASS status is 200",
  );
  // The network really is gone, and the page is controlled: the service worker answered.
  const probe = await page.evaluate(
    (api) =>
      fetch(`${api}/health`).then(
        () => "reached",
        () => "failed",
      ),
    API,
  );
  expect(probe).toBe("failed");
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
});
