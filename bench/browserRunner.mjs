// Requests per second of the browser collection runner, on the collection bench/runner.mjs runs
// with `satchel run` and `newman run` (200 GETs, a pre-request line and a 4-assertion test each),
// pointed at the browser bench's test API (/cors/... so the page may read the responses). In a
// fresh context each time: import it through the Import dialog, open "Run" on it, click "Run" and
// time from the click to the progressbar reaching 100 % (all 200 done), with the longest
// main-thread task meanwhile. Median of 3.
import { median, report } from "./lib/stats.mjs";
import { API, APP, LONG_TASK_INIT, longestTask } from "./lib/servers.mjs";
import { TEST_LINES, scriptedCollection } from "./lib/scripted.mjs";

const RUNS = 3;
const REQUESTS = 200;
const NAME = "browser runner bench";
const collection = () => scriptedCollection(NAME, API, REQUESTS);

/** In the page: hands the Import dialog's file input a File, as a file picker does. */
async function chooseFile(name) {
  const blob = await (await fetch("/__bench/collection.json")).blob();
  const input = document.querySelector('[role="dialog"] input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([blob], name, { type: "application/json" }));
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

/**
 * In the page: starts the clock on the Run click, stops it when the progressbar says every
 * request is done. Its aria-valuenow is rounded and reads 100 already at 199 of 200, so the
 * clock stops on its aria-valuetext ("200 of 200 requests") instead.
 */
function armRun(total) {
  window.__run = undefined;
  let t0 = 0;
  const selector = `[role="progressbar"][aria-valuetext="${total} of ${total} requests"]`;
  const observer = new MutationObserver(() => {
    if (!t0 || document.querySelector(selector) === null) return;
    window.__run = { ms: performance.now() - t0 };
    observer.disconnect();
  });
  document.addEventListener(
    "click",
    (e) => {
      if (e.target.closest?.("button")?.textContent.trim() !== "Run") return;
      window.__longTasks = [];
      t0 = performance.now();
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["aria-valuetext"],
      });
    },
    { capture: true, once: true },
  );
}

/** One import + run in a fresh browser context (fresh IndexedDB). */
async function runOnce(browser, body, app) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_INIT);
    await page.route("**/__bench/collection.json", (route) =>
      route.fulfill({ body, contentType: "application/json" }),
    );
    await page.goto(app);
    const tree = page.getByRole("tree", { name: "Collections" });
    await tree.getByRole("treeitem", { name: "Satchel demo", exact: true }).waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const importDialog = page.getByRole("dialog", { name: "Import" });
    await importDialog.waitFor();
    await page.evaluate(chooseFile, "collection.json");
    const importButton = importDialog.getByRole("button", { name: "Import", exact: true });
    await importDialog.getByRole("status").waitFor();
    await importButton.click();
    await importDialog.waitFor({ state: "detached" });
    const item = tree.getByRole("treeitem", { name: NAME, exact: true });
    await item.hover();
    await page.getByRole("button", { name: `Actions for ${NAME}` }).click();
    await page.getByRole("menuitem", { name: "Run" }).click();
    const runner = page.getByRole("dialog", { name: "Collection runner" });
    await runner.waitFor();
    await page.evaluate(armRun, REQUESTS);
    await runner.getByRole("button", { name: "Run", exact: true }).click();
    await page.waitForFunction(() => window.__run !== undefined, null, { timeout: 120_000 });
    const { ms } = await page.evaluate(() => window.__run);
    const longest = await longestTask(page);
    const countsBox = runner.locator(".runner-counts");
    const expected = REQUESTS * TEST_LINES.length;
    // The counts may trail the bar by a render; wait for the last request's assertions.
    await countsBox
      .filter({ hasText: new RegExp(`Passed: ${expected}\\b|Failed: [1-9]`) })
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    const counts = await countsBox.innerText();
    const passed = Number(/Passed: (\d+)/.exec(counts)?.[1] ?? NaN);
    const failed = Number(/Failed: (\d+)/.exec(counts)?.[1] ?? NaN);
    if (failed !== 0 || passed !== expected) {
      throw new Error(`browser run did not pass every assertion: ${counts}`);
    }
    return { ms, longest, passed };
  } finally {
    await context.close();
  }
}

export async function benchBrowserRunner(browser, app = APP) {
  const body = JSON.stringify(collection());
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(browser, body, app));
  const ms = median(runs.map((r) => r.ms));
  return report("browser-runner", {
    collection: `${REQUESTS} requests, 1 pre-request line + 4-assertion test each (as bench/runner.mjs)`,
    runs: RUNS,
    wallMsMedian: +ms.toFixed(0),
    wallMs: runs.map((r) => +r.ms.toFixed(0)),
    requestsPerSecond: +((REQUESTS * 1000) / ms).toFixed(1),
    assertionsPassedPerRun: runs[0].passed,
    longestTaskMs: +Math.max(...runs.map((r) => r.longest)).toFixed(0),
  });
}
