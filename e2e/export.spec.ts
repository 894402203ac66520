// Exports: history as a HAR file and a collection as OpenAPI 3.1, read back from the download.
import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { AppPage } from "./pages/app";

/** The downloaded file parsed as JSON. */
async function readJson(download: Download): Promise<unknown> {
  const path = await download.path();
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

test("export history as HAR and the demo collection as OpenAPI 3.1 JSON", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // The demo's echo endpoint is answered by the service worker.
  await app.waitForServiceWorker();
  await app.expandCollection("Satchel demo");
  await app.openRequest("Get with query params");
  await app.send();
  await expect(app.status()).toContainText("200");

  const history = await app.openHistory();
  await expect(history.getByRole("list", { name: "History entries" })).toBeVisible();
  await history.getByRole("button", { name: "Export HAR" }).click();
  const harDialog = page.getByRole("dialog", { name: "Export history" });
  await expect(harDialog.getByRole("checkbox", { name: "Include secrets" })).not.toBeChecked();
  const [har] = await Promise.all([
    page.waitForEvent("download"),
    harDialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(har.suggestedFilename()).toBe("satchel-history.har");
  const log = (await readJson(har)) as { log: { entries: { request: { url: string } }[] } };
  expect(log.log.entries.length).toBeGreaterThanOrEqual(1);
  expect(log.log.entries[0]?.request.url).toContain("/echo/get?page=1&search=satchel");
  await history.getByRole("button", { name: "Close history" }).click();

  await app.itemAction("Satchel demo", "Export");
  const exportDialog = page.getByRole("dialog", { name: "Export collection" });
  await exportDialog.getByRole("radio", { name: "OpenAPI 3.1 (JSON)" }).check();
  const [openapi] = await Promise.all([
    page.waitForEvent("download"),
    exportDialog.getByRole("button", { name: "Download" }).click(),
  ]);
  expect(openapi.suggestedFilename()).toBe("Satchel_demo.openapi.json");
  const doc = (await readJson(openapi)) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi.startsWith("3.1")).toBe(true);
  expect(Object.keys(doc.paths)).toContain("/get");
});
