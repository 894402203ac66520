// A new version never half-updates the app: the page says "Update available" and moves to the
// new version only when the user asks.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app";

const SW = join("dist", "sw.js");

test("a new service worker shows 'Update available' and reloads only when asked", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.waitForServiceWorker();
  const original = readFileSync(SW, "utf8");
  try {
    // "Deploy" a new version: the service worker script changes.
    writeFileSync(SW, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.getByText("Update available")).toBeVisible();
    // Nothing reloaded by itself: the page's own state is still there.
    expect(await page.evaluate(() => "beforeUpdate" in window)).toBe(true);
    await page.getByRole("button", { name: "Reload to update" }).click();
    await expect
      .poll(() => page.evaluate(() => "beforeUpdate" in window).catch(() => true))
      .toBe(false);
    await expect(app.treeItem("Satchel demo")).toBeVisible();
    await expect(page.getByText("Update available")).toBeHidden();
  } finally {
    writeFileSync(SW, original);
  }
});
