// Time to render (navigation start → rows of the 10,000 requests shown) and to filter a 10,000-request sidebar in Chromium. The requests are written
// straight into the app's IndexedDB (as the repositories store them), then the app is reloaded.
import { median, report } from "./lib/stats.mjs";
import { APP, LONG_TASK_INIT, longestTask } from "./lib/servers.mjs";

const COUNT = 10_000;
const RUNS = 5;

/** Writes one collection with COUNT requests into the app's database (runs in the page). */
async function seed(count) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open("satchel");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const ws = await new Promise((resolve) => {
    const get = db.transaction("workspaces").objectStore("workspaces").getAll();
    get.onsuccess = () => resolve(get.result[0]);
  });
  const tx = db.transaction(["collections", "requests"], "readwrite");
  const now = 0;
  const stamp = { schemaVersion: 1, createdAt: now, updatedAt: now };
  const auth = { type: "inherit", attributes: [] };
  const scripts = { prerequest: "", test: "" };
  tx.objectStore("collections").put({
    ...stamp,
    id: "bench-collection",
    workspaceId: ws.id,
    name: "Bench 10k",
    description: "",
    variables: [],
    auth,
    scripts,
    settings: {},
    sort: -1,
  });
  const methods = ["GET", "POST", "PUT", "DELETE"];
  for (let i = 0; i < count; i++) {
    tx.objectStore("requests").put({
      ...stamp,
      id: `bench-${i}`,
      collectionId: "bench-collection",
      parentId: null,
      name: `req ${String(i).padStart(5, "0")}`,
      method: methods[i % 4],
      url: `https://api.example.test/items/${i}`,
      params: [],
      pathVariables: [],
      headers: [],
      body: {
        mode: "none",
        raw: "",
        language: "json",
        urlencoded: [],
        formdata: [],
        graphql: { query: "", variables: "" },
      },
      auth,
      scripts,
      description: "",
      examples: [],
      variables: [],
      settings: {},
      sort: i,
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

export async function benchSidebar(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_INIT);
  await page.goto(APP);
  await page.getByRole("treeitem", { name: "Satchel demo", exact: true }).waitFor();
  await page.evaluate(seed, COUNT);
  const render = [];
  const filter = [];
  let longest = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    // From navigation start until the 10,000 requests show as rows (expanding if needed).
    const expand = await page.evaluate(async () => {
      const find = (name) => document.querySelector(`[role="treeitem"][aria-label="${name}"]`);
      await new Promise((resolve) => {
        const tick = () => (find("Bench 10k") ? resolve() : requestAnimationFrame(tick));
        tick();
      });
      const row = find("Bench 10k");
      if (row.getAttribute("aria-expanded") === "false") {
        row.focus();
        row.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      }
      await new Promise((resolve) => {
        const tick = () => (find("req 00000") ? resolve() : requestAnimationFrame(tick));
        tick();
      });
      return performance.now();
    });
    render.push(expand);
    const filterMs = await page.evaluate(async () => {
      const box = document.querySelector('input[aria-label="Filter requests"]');
      const t0 = performance.now();
      box.value = "req 09999";
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => {
        const tick = () => {
          const rows = document.querySelectorAll('[role="treeitem"]');
          const names = [...rows].map((r) => r.getAttribute("aria-label"));
          if (names.includes("req 09999") && !names.includes("req 00000")) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      });
      return performance.now() - t0;
    });
    filter.push(filterMs);
    longest = Math.max(longest, await longestTask(page));
  }
  await context.close();
  return report("sidebar-10k", {
    requests: COUNT,
    runs: RUNS,
    loadToRowsMsMedian: +median(render).toFixed(1),
    filterMsMedian: +median(filter).toFixed(1),
    loadToRowsMs: render.map((x) => +x.toFixed(1)),
    filterMs: filter.map((x) => +x.toFixed(1)),
    longestTaskMs: +longest.toFixed(1),
  });
}
