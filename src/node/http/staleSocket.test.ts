/**
 * Regression (issue 11): a long synchronous script blocks the event loop while the server closes
 * the idle keep-alive connection; the next request must not fail with "socket hang up" on that
 * dead pooled socket. The server runs in a worker thread so its keep-alive timer fires while this
 * thread busy-waits, as a real remote server's would.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPostmanCollection } from "../../core/import/postman";
import { runCollection } from "../../core/runner";
import { makeQuickJsSandbox } from "../../workers/sandbox/index";
import { nodeDeps } from "../cli/deps";
import { makeNodeTransport } from "./nodeTransport";

/** Idle keep-alive connections are closed by the server after this long. */
const KEEP_ALIVE_MS = 100;
/** How long the scripts busy-wait: well past the server's keep-alive timeout. */
const BUSY_MS = 500;

/**
 * Two servers. `stale` closes a connection idle for KEEP_ALIVE_MS, as nginx's keepalive_timeout
 * does, and sends no `Keep-Alive: timeout=` hint (Node's own server does, and Node's agent then
 * never pools a socket the server keeps for under 2 s). `race` answers only the first request on
 * a connection and closes it when the next arrives, as a server does whose keep-alive timeout
 * ends just as a request comes in: the race no check before reuse can see.
 */
const SERVER = `
const http = require("node:http");
const { parentPort } = require("node:worker_threads");
let arrivals = 0;
const answer = (req, res) => {
  req.resume();
  req.on("end", () => {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ method: req.method, path: req.url }));
  });
};
const stale = http.createServer((req, res) => {
  clearTimeout(req.socket.idle);
  answer(req, res);
  res.on("finish", () => {
    req.socket.idle = setTimeout(() => req.socket.end(), ${KEEP_ALIVE_MS});
  });
});
const race = http.createServer((req, res) => {
  arrivals++;
  if (req.socket.served) return req.socket.destroy();
  req.socket.served = true;
  answer(req, res);
});
const servers = [stale, race];
const ports = [];
for (const server of servers) {
  server.keepAliveTimeout = 0;
  server.listen(0, "127.0.0.1", () => {
    ports.push(server.address().port);
    if (ports.length === 2) parentPort.postMessage({ stale: stale.address().port, race: race.address().port });
  });
}
parentPort.on("message", (m) => {
  if (m === "arrivals") return parentPort.postMessage({ arrivals });
  let open = servers.length;
  for (const server of servers) {
    server.closeAllConnections();
    server.close(() => --open || process.exit(0));
  }
});
`;

let worker: Worker;
let base = "";
let raceBase = "";

const reply = <T>(): Promise<T> =>
  new Promise((resolve) => worker.once("message", (m: T) => resolve(m)));

beforeAll(async () => {
  worker = new Worker(SERVER, { eval: true });
  const ports = await reply<{ stale: number; race: number }>();
  base = `http://127.0.0.1:${ports.stale}`;
  raceBase = `http://127.0.0.1:${ports.race}`;
});

afterAll(async () => {
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.postMessage("close");
  await exited;
});

/** Block this thread, as a long synchronous script does. */
function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe("a keep-alive socket the server closed while the event loop was blocked", () => {
  const transport = makeNodeTransport();

  for (const method of ["GET", "POST"]) {
    it(`is not reused for the next ${method}`, async () => {
      const first = await transport.send({ method: "GET", url: `${base}/one`, headers: [] });
      expect(first.ok).toBe(true);
      // Let the agent take the socket back into its pool, as it has by the time a script runs.
      await new Promise((resolve) => setImmediate(resolve));
      busyWait(BUSY_MS);
      const second = await transport.send({
        method,
        url: `${base}/two`,
        headers: [],
        ...(method === "POST" ? { body: { kind: "text" as const, text: "payload" } } : {}),
      });
      expect(second.ok ? second.response.status : second.error).toBe(200);
    });
  }
});

describe("a pooled connection the server closes as the request arrives", () => {
  const transport = makeNodeTransport();
  const arrivals = async () => {
    const answer = reply<{ arrivals: number }>();
    worker.postMessage("arrivals");
    return (await answer).arrivals;
  };

  it("is retried once on a new connection for an idempotent method", async () => {
    const first = await transport.send({ method: "GET", url: `${raceBase}/once`, headers: [] });
    expect(first.ok).toBe(true);
    const before = await arrivals();
    const second = await transport.send({ method: "PUT", url: `${raceBase}/once`, headers: [] });
    expect(second.ok ? second.response.status : second.error).toBe(200);
    // The closed attempt and the retry.
    expect((await arrivals()) - before).toBe(2);
  });

  it("is not retried for a POST, which fails with a hint instead", async () => {
    const first = await transport.send({ method: "GET", url: `${raceBase}/once`, headers: [] });
    expect(first.ok).toBe(true);
    const before = await arrivals();
    const second = await transport.send({
      method: "POST",
      url: `${raceBase}/once`,
      headers: [],
      body: { kind: "text", text: "payload" },
    });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.hint).toMatch(/POST is not sent twice/);
    expect((await arrivals()) - before).toBe(1);
  });
});

/** Three requests (GET, POST, GET), each test script busy-waiting past the keep-alive timeout. */
const collection = () => ({
  info: { name: "stale sockets", schema: "https://schema.getpostman.com/json/collection/v2.1.0/" },
  item: ["GET", "POST", "GET"].map((method, i) => ({
    name: `${method} ${i}`,
    request: {
      method,
      url: `${base}/item/${i}`,
      ...(method === "POST" ? { body: { mode: "raw", raw: "payload" } } : {}),
    },
    event: [
      {
        listen: "test",
        script: {
          exec: [
            `const end = Date.now() + ${BUSY_MS}; while (Date.now() < end) {}`,
            `pm.test("status 200", () => pm.response.to.have.status(200));`,
          ],
        },
      },
    ],
  })),
});

interface NewmanSummary {
  run: { failures: unknown[]; stats: { assertions: { total: number; failed: number } } };
}
const newman = createRequire(import.meta.url)("newman") as {
  run(options: Record<string, unknown>, done: (err: unknown, summary: NewmanSummary) => void): void;
};

describe("satchel run after long synchronous test scripts", () => {
  it("passes every request, as Newman 6.2.2 does", async () => {
    const theirs = await new Promise<NewmanSummary>((resolve, reject) =>
      newman.run({ collection: collection(), reporters: [] }, (err, summary) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(summary),
      ),
    );
    expect(theirs.run.stats.assertions).toMatchObject({ total: 3, failed: 0 });

    const imported = importPostmanCollection(collection(), nodeDeps, "t");
    if (!imported.ok) throw new Error(imported.error.message);
    const sandbox = makeQuickJsSandbox({ transport: makeNodeTransport() });
    const outcomes: string[] = [];
    try {
      const result = await runCollection(
        { ...imported.value, options: {}, transport: makeNodeTransport(), sandbox, deps: nodeDeps },
        (event) => {
          if (event.type !== "item") return;
          const { result: sent, assertions } = event.result;
          const passed = assertions.map((a) => a.passed).join();
          outcomes.push(
            `${event.request.name}: ${sent?.ok ? sent.response.status : sent?.error.message} ${passed}`,
          );
        },
      );
      expect(result.ok).toBe(true);
    } finally {
      sandbox.dispose();
    }
    expect(outcomes).toEqual(["GET 0: 200 true", "POST 1: 200 true", "GET 2: 200 true"]);
  }, 20_000);
});
