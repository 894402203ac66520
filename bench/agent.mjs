// The local agent's cost and the team proxy's throughput, against a local server.
// (a) Overhead per request: REQUESTS sequential small GETs through `satchel agent` (spawned
//     through its bin, as users run it) against the same GETs sent directly, two ways:
//     - a bare keep-alive node:http client speaking the protocol, against the Node transport
//       sending directly: the agent's own share (target < 1 ms);
//     - the page's transport (src/ui/transport/agentTransport.ts) over Node's fetch, against
//       fetch straight to the server: what a fetch-based page pays for the extra hop.
//     Median of RUNS runs each, interleaved.
// (b) Throughput: PROXY_REQUESTS small GETs through `satchel agent --listen … --token-file …`
//     with the proxy transport, CONCURRENCY at a time; median of PROXY_RUNS runs.
import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importTs } from "./lib/bundleTs.mjs";
import { median, report } from "./lib/stats.mjs";

const REQUESTS = 500;
const RUNS = 7;
const PROXY_REQUESTS = 1000;
const PROXY_RUNS = 3;
const CONCURRENCY = 8;
const TOKEN = "bench-token-0123456789abcdef";

/** Start `satchel <args>`; resolves with the child, its port and (local agent) pairing code. */
function startSatchel(args) {
  const child = spawn("bin/satchel.mjs", args, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => {
      out += d;
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      const code = /Pairing code: (\S+)/.exec(out)?.[1];
      if (port && (code || args.includes("--token-file")))
        resolve({ child, port: Number(port), code });
    });
    child.once("exit", (code) =>
      reject(new Error(`satchel ${args.join(" ")} exited ${code}: ${err}`)),
    );
  });
}

const stop = (child) =>
  new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });

/** ms per request of `count` sequential calls of `one`. */
async function perRequest(one, count) {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await one();
  return (performance.now() - t0) / count;
}

/** A bare client of the protocol: keep-alive node:http, frames read until the end frame. */
function rawClient(lib, port, token, origin, url) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = Buffer.from(
    lib.encodeSendPrefix({
      v: lib.PROTOCOL_VERSION,
      request: { method: "GET", url, headers: [] },
      bodyLength: 0,
      options: {},
    }),
  );
  const headers = {
    Origin: origin,
    Authorization: `Bearer ${token}`,
    "Content-Type": lib.SEND_CONTENT_TYPE,
    "Content-Length": String(body.length),
  };
  return () =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, method: "POST", path: "/v1/send", headers, agent },
        (res) => {
          const reader = lib.makeFrameReader();
          let last;
          res.on("data", (chunk) => {
            const frames = reader.push(chunk);
            if (typeof frames === "string") reject(new Error(frames));
            else for (const f of frames) if (f.type !== "data") last = f.type;
          });
          res.on("end", () =>
            last === "end" ? resolve() : reject(new Error(`answer ended with ${last}`)),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    });
}

const ok = (result) => {
  if (!result.ok) throw new Error(result.error.message);
  if (result.response.status !== 200) throw new Error(`status ${result.response.status}`);
};

export async function benchAgent() {
  const lib = await importTs("bench/lib/agentBench.ts", "agentBench");
  const origin = lib.APP_ORIGINS[0];
  const upstream = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("Content-Type", "application/json");
      res.end('{"ok":true}');
    });
  });
  upstream.keepAliveTimeout = 60_000;
  await new Promise((r) => upstream.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${upstream.address().port}/small`;
  const request = { method: "GET", url, headers: [] };
  const dir = mkdtempSync(join(tmpdir(), "satchel-agent-bench-"));
  writeFileSync(join(dir, "tokens"), `${TOKEN}\n`);
  const withOrigin = (u, init) =>
    fetch(u, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init.headers)), Origin: origin },
    });

  const local = await startSatchel(["agent", "--port", "0"]);
  const proxy = await startSatchel([
    "agent",
    "--listen",
    "127.0.0.1:0",
    "--token-file",
    join(dir, "tokens"),
    "--allow-host",
    "127.0.0.1",
    "--allow-private",
    "--rate-limit",
    "10000000/min",
  ]);
  try {
    const base = `http://127.0.0.1:${local.port}`;
    const paired = await lib.pairAgent(base, local.code, withOrigin);
    if (!paired.ok) throw new Error(paired.error.message);
    const direct = lib.makeNodeTransport();
    const viaFetch = lib.makeAgentTransport({
      baseUrl: base,
      token: paired.token,
      fetch: withOrigin,
    });
    const raw = rawClient(lib, local.port, paired.token, origin, url);
    const ways = {
      direct: async () => ok(await direct.send(request)),
      fetchDirect: async () => {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status}`);
      },
      agentFetch: async () => ok(await viaFetch.send(request)),
      agentRaw: raw,
    };
    for (const one of Object.values(ways)) await perRequest(one, 200); // warm up (untimed)
    const times = { direct: [], fetchDirect: [], agentFetch: [], agentRaw: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, one] of Object.entries(ways))
        times[name].push(await perRequest(one, REQUESTS));
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));

    const proxied = lib.makeProxyTransport({ url: `http://127.0.0.1:${proxy.port}`, token: TOKEN });
    const burst = async () => {
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < PROXY_REQUESTS) {
            next++;
            ok(await proxied.send(request));
          }
        }),
      );
      return performance.now() - t0;
    };
    await burst(); // warm up
    const proxyMs = [];
    for (let i = 0; i < PROXY_RUNS; i++) proxyMs.push(await burst());
    const proxyMedian = median(proxyMs);
    const r3 = (x) => +x.toFixed(3);
    const overheadRaw = m.agentRaw - m.direct;
    return report("agent", {
      requests: `${REQUESTS} sequential small GETs to a local server, median of ${RUNS} runs`,
      nodeTransportDirectMsPerRequest: r3(m.direct),
      agentRawClientMsPerRequest: r3(m.agentRaw),
      overheadMsRawClient: r3(overheadRaw),
      fetchDirectMsPerRequest: r3(m.fetchDirect),
      agentPageTransportMsPerRequest: r3(m.agentFetch),
      overheadMsPageTransport: r3(m.agentFetch - m.fetchDirect),
      targetOverheadMs: 1,
      withinTarget: overheadRaw < 1,
      proxy: `${PROXY_REQUESTS} small GETs, ${CONCURRENCY} at a time, proxy transport over Node's fetch, median of ${PROXY_RUNS}`,
      proxyMs: +proxyMedian.toFixed(0),
      proxyRequestsPerSecond: +((PROXY_REQUESTS / proxyMedian) * 1000).toFixed(0),
    });
  } finally {
    await Promise.all([stop(local.child), stop(proxy.child)]);
    upstream.closeAllConnections();
    upstream.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAgent();
