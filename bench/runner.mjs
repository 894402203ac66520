// `satchel run` against `newman run`, both spawned as CI would run them, on the same 200-request
// collection (a pre-request line and a 4-assertion test per request) against the local test
// server: (a) wall time, median of 5 each, interleaved; (b) peak memory (RSS) of a 20,000-request
// run (200 requests × -n 100), sampled every 50 ms from /proc (VmRSS/VmHWM, what `ps -o rss=`
// reads). Newman needs ~5 minutes for 20,000 scripted requests (it keeps every execution in
// memory, so its peak comes late); a run still going after NEWMAN_MEMORY_BUDGET_MS is stopped and
// its peak so far reported as a lower bound.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, report } from "./lib/stats.mjs";
import { scriptedCollection } from "./lib/scripted.mjs";

const PORT = 4183;
const REQUESTS = 200;
const RUNS = 5;
const MEMORY_ITERATIONS = 100;
const NEWMAN_MEMORY_BUDGET_MS = 480_000;
const collection = () => scriptedCollection("runner bench", `http://127.0.0.1:${PORT}`, REQUESTS);

const COMMANDS = {
  // Both run as installed commands do: through their bin (and its shebang's Node flags).
  satchel: (file, extra) => ["bin/satchel.mjs", ["run", file, ...extra]],
  newman: (file, extra) => ["node_modules/.bin/newman", ["run", file, ...extra]],
};

/** /proc/<pid>/status fields in KB. */
function procKb(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return undefined;
  }
}

/** Spawn one run; resolves with wall ms, exit code, RSS samples (KB) and the peak (KB). */
function run(tool, file, extra = [], { sample = false, budgetMs } = {}) {
  const [cmd, args] = COMMANDS[tool](file, extra);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let requests = 0; // "→ name" lines of the cli reporter (Newman's and ours)
    child.stdout.on("data", (d) => (requests += String(d).split("→").length - 1));
    child.stderr.on("data", (d) => (stderr += d));
    const samples = [];
    let peak = 0;
    const timer = sample
      ? setInterval(() => {
          const kb = procKb(child.pid);
          if (!kb?.rss) return;
          samples.push(kb.rss);
          peak = Math.max(peak, kb.hwm);
        }, 50)
      : undefined;
    const killer = budgetMs ? setTimeout(() => child.kill("SIGKILL"), budgetMs) : undefined;
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      const ms = performance.now() - t0;
      resolve({ ms, code, signal, stderr, samples, peakKb: peak, requests });
    });
  });
}

async function waitForServer(server) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`test server exited (port ${PORT} in use?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("test server did not start");
}

const mb = (kb) => +(kb / 1024).toFixed(1);
/** RSS at 25/50/75 % of the samples and at the end: flat means these barely grow. */
const timeline = (samples) =>
  [0.25, 0.5, 0.75, 1].map((f) => mb(samples[Math.max(0, Math.ceil(samples.length * f) - 1)] ?? 0));

export async function benchRunner() {
  const server = spawn(process.execPath, ["e2e/server/testServer.mjs", String(PORT)], {
    stdio: "ignore",
  });
  const dir = mkdtempSync(join(tmpdir(), "satchel-runner-bench-"));
  const file = join(dir, "collection.json");
  writeFileSync(file, JSON.stringify(collection()));
  try {
    await waitForServer(server);
    // Untimed: builds the CLI bundle if a source changed, and checks both runs pass.
    for (const tool of ["satchel", "newman"]) {
      const warm = await run(tool, file);
      if (warm.code !== 0) throw new Error(`${tool} run failed (${warm.code}): ${warm.stderr}`);
    }
    const times = { satchel: [], newman: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const tool of ["satchel", "newman"]) {
        if (tool === "satchel") await run("satchel", "--help"); // rebuild (untimed) if needed
        const r = await run(tool, file);
        if (r.code !== 0) throw new Error(`${tool} run failed (${r.code}): ${r.stderr}`);
        times[tool].push(r.ms);
      }
    }
    const satchelMs = median(times.satchel);
    const newmanMs = median(times.newman);
    const n = ["-n", String(MEMORY_ITERATIONS)];
    await run("satchel", "--help");
    const ours = await run("satchel", file, n, { sample: true });
    if (ours.code !== 0) throw new Error(`satchel memory run failed: ${ours.stderr}`);
    const theirs = await run("newman", file, n, {
      sample: true,
      budgetMs: NEWMAN_MEMORY_BUDGET_MS,
    });
    const memRatio = ours.peakKb / theirs.peakKb;
    const ratio = satchelMs / newmanMs;
    return report("runner", {
      collection: `${REQUESTS} requests, 1 pre-request line + 4-assertion test each, cli reporter`,
      satchelWallMsMedian: +satchelMs.toFixed(0),
      newmanWallMsMedian: +newmanMs.toFixed(0),
      runs: RUNS,
      ratio: +ratio.toFixed(3),
      targetRatio: 0.25,
      withinTarget: ratio <= 0.25,
      memoryRequests: REQUESTS * MEMORY_ITERATIONS,
      satchelPeakRssMb: mb(ours.peakKb),
      satchelRssMbAt25_50_75_100: timeline(ours.samples),
      satchelMemoryRunMs: +ours.ms.toFixed(0),
      satchelMemoryRunRequests: ours.requests,
      newmanPeakRssMb: mb(theirs.peakKb),
      newmanRssMbAt25_50_75_100: timeline(theirs.samples),
      newmanMemoryRunMs: +theirs.ms.toFixed(0),
      newmanMemoryRunRequests: theirs.requests,
      newmanMemoryRunComplete: theirs.signal === null,
      memoryRatio: +memRatio.toFixed(3),
      memoryTarget: "Satchel flat and < 1/3 of Newman's",
      memoryWithinTarget: memRatio < 1 / 3,
    });
  } finally {
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRunner();
