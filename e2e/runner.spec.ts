// The collection runner in the browser: a CSV data file drives three iterations of a scripted
// request; progress, results and the downloaded Newman-shaped JSON report agree.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";
import { requestName } from "./pages/names";

test("run a collection with a CSV data file and download its JSON report", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Runner API");
  await app.newRequestIn("Runner API", "Find user");
  await app.url().fill(`${API}/cors/users?name={{name}}`);
  await page.getByRole("tab", { name: "Tests" }).click();
  await page
    .getByRole("textbox", { name: "Test script" })
    .fill(
      [
        'pm.test("status is 200", () => pm.response.to.have.status(200));',
        'pm.test("echoes the name", () => pm.expect(pm.response.json().query.name).to.eql(pm.iterationData.get("name")));',
        'pm.test("name is ada", () => pm.expect(pm.response.json().query.name).to.eql("ada"));',
      ].join("\n"),
    );
  await app.save();
  await expect(page.getByRole("tab", { name: requestName("Find user") })).toBeVisible();

  await app.itemAction("Runner API", "Run");
  const runner = page.getByRole("dialog", { name: "Collection runner" });
  await expect(runner.getByRole("combobox", { name: "Collection or folder" })).toHaveValue(
    /^collection:/,
  );
  await runner.getByLabel("Data file").setInputFiles({
    name: "users.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name\nada\nbob\ncy\n"),
  });
  await expect(runner.getByText("3 rows")).toBeVisible();
  await expect(runner.getByRole("table", { name: "Data preview" })).toContainText("bob");

  await runner.getByRole("button", { name: "Run", exact: true }).click();
  const progress = runner.getByRole("progressbar", { name: "Run progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "100");
  const results = runner.getByRole("list", { name: "Run results" });
  await expect(results.getByRole("button", { name: "Open Find user" })).toHaveCount(3);
  await expect(runner.getByText("Requests 3 · Assertions 7 passed, 2 failed")).toBeVisible();
  await expect(runner.getByText(/^p95 \d+ ms/)).toBeVisible();

  await runner.getByRole("checkbox", { name: "Show only failures" }).check();
  await expect(results.getByRole("button", { name: "Open Find user" })).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    runner.getByRole("button", { name: "Download JSON report" }).click(),
  ]);
  const path = await download.path();
  const report = JSON.parse(await readFile(path, "utf8")) as {
    run: {
      stats: { iterations: { total: number }; assertions: { total: number; failed: number } };
      executions: unknown[];
    };
  };
  expect(report.run.stats.iterations.total).toBe(3);
  expect(report.run.stats.assertions).toMatchObject({ total: 9, failed: 2 });
  expect(report.run.executions).toHaveLength(3);

  // The run is kept under "Previous runs".
  await expect(
    runner.getByRole("region", { name: "Previous runs" }).getByRole("checkbox"),
  ).toHaveCount(1);
});
