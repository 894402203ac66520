// Script cost per request: one pre-request line plus a test script with four assertions.
// Ours: the QuickJS sandbox (the code the worker runs), median over hundreds of runs.
// Anchor: Newman 6.2.2 on the same scripts, as (run with scripts − run without) / requests,
// against the same local server in the same benchmark run.
import { spawn } from "node:child_process";
import newman from "newman";
import { importTs } from "./lib/bundleTs.mjs";
import { median, report } from "./lib/stats.mjs";
import { PRE, TEST, scriptedCollection } from "./lib/scripted.mjs";

const RUNS = 400;
const NEWMAN_REQUESTS = 200;
const NEWMAN_RUNS = 5;
const PORT = 4182;

async function oursPerRequest() {
  const { makeQuickJsSandbox } = await importTs("src/workers/sandbox/index.ts", "sandbox");
  const sandbox = makeQuickJsSandbox();
  const request = { method: "GET", url: `http://127.0.0.1:${PORT}/cors/x`, headers: [] };
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
    const t0 = performance.now();
    const pre = await sandbox.run("prerequest", [{ location: "request", code: PRE }], {
      scopes,
      request,
      info: info("prerequest"),
    });
    const test = await sandbox.run("test", [{ location: "request", code: TEST }], {
      scopes: pre.scopes,
      request,
      response,
      info: info("test"),
    });
    const ms = performance.now() - t0;
    if (test.assertions.filter((a) => a.passed).length !== 4) {
      throw new Error(`benchmark scripts failed: ${JSON.stringify(test.assertions)}`);
    }
    return ms;
  };
  const coldT0 = performance.now();
  await once();
  const firstRunMs = performance.now() - coldT0;
  for (let i = 0; i < 50; i++) await once();
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  sandbox.dispose();
  return { median: median(times), firstRunMs };
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

export async function benchScripts() {
  const server = spawn("node", ["e2e/server/testServer.mjs", String(PORT)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const ours = await oursPerRequest();
    const anchor = await newmanPerRequest();
    const ratio = ours.median / anchor.perRequest;
    return report("script-overhead", {
      script: "1 pre-request line + test script with 4 assertions",
      oursMsPerRequestMedian: +ours.median.toFixed(3),
      oursRuns: RUNS,
      oursFirstRunMs: +ours.firstRunMs.toFixed(1),
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

if (import.meta.url === `file://${process.argv[1]}`) await benchScripts();
