// Script cost per request: one pre-request line plus a test script with four assertions.
// Ours: the QuickJS sandbox, median over hundreds of runs (in blocks of 10), three ways:
// - in a worker in Chromium, timed inside the worker (bench/lib/insideWorker.mjs: the sandbox
//   core the app's worker runs, with the built app's wasm and libraries): the scripts' own cost;
// - through the built app's sandbox worker, timed from the page (it calls the worker over
//   Comlink's message protocol), so the figure adds the two page ↔ worker round trips a
//   request's scripts pay when the page drives them one stage at a time;
// - in Node (the same core the CLI runs).
// Anchor: Newman 6.2.2 on the same scripts, as (run with scripts − run without) / requests,
// against the same local server in the same benchmark run. The ratio uses the worker figure.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { build } from "esbuild";
import newman from "newman";
import { importTs } from "./lib/bundleTs.mjs";
import { median, report } from "./lib/stats.mjs";
import { PRE, TEST, scriptedCollection } from "./lib/scripted.mjs";
import { APP } from "./lib/servers.mjs";

const RUNS = 400;
const NEWMAN_REQUESTS = 200;
const NEWMAN_RUNS = 5;
const PORT = 4182;

const WARMUP = 200;
/**
 * Requests timed together: a page's clock ticks in 0.1 ms steps (no cross-origin isolation), as
 * coarse as the figure itself, so the median is taken over blocks of this many requests.
 */
const BLOCK = 10;

/**
 * Times one request's scripts (pre-request, then test) through `run`, the sandbox's
 * `run(kind, scripts, context)`: the first (cold) run, `warmup` more, then `runs` more in blocks
 * of `block`; returns the median of the blocks' per-request times. Also evaluated inside the page
 * (see `oursInWorker`), so it only uses what both places have.
 */
async function timeScripts(run, { pre, test, port, runs, warmup, block }) {
  const request = { method: "GET", url: `http://127.0.0.1:${port}/cors/x`, headers: [] };
  const bodyText = JSON.stringify({ method: "GET", path: "/cors/x", query: {}, headers: {} });
  const response = {
    status: 200,
    statusText: "OK",
    headers: [["content-type", "application/json"]],
    body: new TextEncoder().encode(bodyText),
    bodyText,
    timeMs: 3,
    url: request.url,
    redirected: false,
  };
  const scopes = { globals: {}, collection: {}, environment: {}, data: {}, local: {} };
  const info = (eventName) => ({
    requestName: "r",
    requestId: "r",
    iteration: 0,
    iterationCount: 1,
    eventName,
  });
  const once = async () => {
    const before = await run("prerequest", [{ location: "request", code: pre }], {
      scopes,
      request,
      info: info("prerequest"),
    });
    const after = await run("test", [{ location: "request", code: test }], {
      scopes: before.scopes,
      request,
      response,
      info: info("test"),
    });
    if (after.assertions.filter((a) => a.passed).length !== 4) {
      throw new Error(`benchmark scripts failed: ${JSON.stringify(after.assertions)}`);
    }
  };
  const coldT0 = performance.now();
  await once();
  const firstRunMs = performance.now() - coldT0;
  for (let i = 0; i < warmup; i++) await once();
  const times = [];
  for (let b = 0; b < runs / block; b++) {
    const t0 = performance.now();
    for (let i = 0; i < block; i++) await once();
    times.push((performance.now() - t0) / block);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], firstRunMs };
}

const timing = { pre: PRE, test: TEST, port: PORT, runs: RUNS, warmup: WARMUP, block: BLOCK };

async function oursPerRequest() {
  const { makeQuickJsSandbox } = await importTs("src/workers/sandbox/index.ts", "sandbox");
  const sandbox = makeQuickJsSandbox();
  try {
    return await timeScripts((...args) => sandbox.run(...args), timing);
  } finally {
    sandbox.dispose();
  }
}

/** The sandbox core in a Chromium worker, timed inside it (see bench/lib/insideWorker.mjs). */
async function oursInsideWorker(browser) {
  const wasm = readdirSync("dist/assets").find((f) => /^emscripten-module-.*\.wasm$/.test(f));
  if (!wasm) throw new Error("dist/assets has no QuickJS wasm: build the app first");
  const bundled = await build({
    entryPoints: ["bench/lib/insideWorker.mjs"],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    target: "es2022",
    logLevel: "error",
  });
  const page = await browser.newPage();
  try {
    await page.route("**/__bench/inside-worker.js", (route) =>
      route.fulfill({ body: bundled.outputFiles[0].text, contentType: "text/javascript" }),
    );
    await page.goto(`${APP}/manifest.webmanifest`);
    const answer = await page.evaluate(
      ({ wasmUrl, timing, timeScriptsSource }) =>
        new Promise((resolve) => {
          const worker = new Worker("/__bench/inside-worker.js", { type: "module" });
          worker.onmessage = (e) => {
            worker.terminate();
            resolve(e.data);
          };
          worker.onerror = (e) => resolve({ ok: false, error: e.message });
          worker.postMessage({ wasmUrl, timing, timeScriptsSource });
        }),
      { wasmUrl: `/assets/${wasm}`, timing, timeScriptsSource: timeScripts.toString() },
    );
    if (!answer.ok) throw new Error(`the benchmark worker failed: ${answer.error}`);
    return answer.value;
  } finally {
    await page.close();
  }
}

/** The built app's sandbox worker in Chromium, called with Comlink's APPLY/RAW messages. */
async function oursInWorker(browser) {
  const asset = readdirSync("dist/assets").find((f) => /^sandbox\.worker-.*\.js$/.test(f));
  if (!asset) throw new Error("dist/assets has no sandbox.worker-*.js: build the app first");
  const page = await browser.newPage();
  try {
    await page.goto(`${APP}/manifest.webmanifest`);
    return await page.evaluate(
      async ({ asset, timing, timeScriptsSource }) => {
        const worker = new Worker(`/assets/${asset}`, { type: "module" });
        const waiting = new Map();
        let seq = 0;
        worker.addEventListener("message", (e) => {
          const done = waiting.get(e.data.id);
          waiting.delete(e.data.id);
          done?.(e.data);
        });
        const run = (...args) =>
          new Promise((resolve, reject) => {
            const id = String(++seq);
            waiting.set(id, (d) => (d.type === "HANDLER" ? reject(d.value) : resolve(d.value)));
            const argumentList = args.map((value) => ({ type: "RAW", value }));
            worker.postMessage({ id, type: "APPLY", path: ["run"], argumentList });
          });
        const timeScripts = new Function(`return (${timeScriptsSource})`)();
        try {
          return await timeScripts(run, timing);
        } finally {
          worker.terminate();
        }
      },
      { asset, timing, timeScriptsSource: timeScripts.toString() },
    );
  } finally {
    await page.close();
  }
}

const collection = (withScripts) =>
  scriptedCollection("bench", `http://127.0.0.1:${PORT}`, NEWMAN_REQUESTS, withScripts);

const runNewman = (withScripts) =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    newman.run({ collection: collection(withScripts), reporters: [] }, (err, summary) => {
      if (err) return reject(err);
      const failed = summary.run.failures.length;
      if (failed) return reject(new Error(`newman: ${failed} failures`));
      resolve(performance.now() - t0);
    });
  });

async function newmanPerRequest() {
  const bare = [];
  const scripted = [];
  for (let i = 0; i < NEWMAN_RUNS; i++) {
    bare.push(await runNewman(false));
    scripted.push(await runNewman(true));
  }
  const bareMs = median(bare);
  const scriptedMs = median(scripted);
  return { bareMs, scriptedMs, perRequest: (scriptedMs - bareMs) / NEWMAN_REQUESTS };
}

/** `browser`: Chromium for the in-worker figure (the browser-bench servers must be up). */
export async function benchScripts(browser) {
  const server = spawn("node", ["e2e/server/testServer.mjs", String(PORT)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const inside = await oursInsideWorker(browser);
    const worker = await oursInWorker(browser);
    const node = await oursPerRequest();
    const anchor = await newmanPerRequest();
    const ratio = inside.median / anchor.perRequest;
    return report("script-overhead", {
      script: "1 pre-request line + test script with 4 assertions",
      oursInsideWorkerMsPerRequestMedian: +inside.median.toFixed(3),
      oursInsideWorkerFirstRunMs: +inside.firstRunMs.toFixed(1),
      oursFromPageMsPerRequestMedian: +worker.median.toFixed(3),
      oursFromPageRatio: +(worker.median / anchor.perRequest).toFixed(3),
      oursFromPageFirstRunMs: +worker.firstRunMs.toFixed(1),
      oursInNodeMsPerRequestMedian: +node.median.toFixed(3),
      oursInNodeRatio: +(node.median / anchor.perRequest).toFixed(3),
      oursRuns: RUNS,
      oursRunsPerTimedBlock: BLOCK,
      newmanMsPerRequest: +anchor.perRequest.toFixed(3),
      newmanRunMsMedianWithoutScripts: +anchor.bareMs.toFixed(0),
      newmanRunMsMedianWithScripts: +anchor.scriptedMs.toFixed(0),
      newmanRequests: NEWMAN_REQUESTS,
      newmanRuns: NEWMAN_RUNS,
      ratio: +ratio.toFixed(3),
      targetRatio: 0.1,
      withinTarget: ratio <= 0.1,
    });
  } finally {
    server.kill();
  }
}
