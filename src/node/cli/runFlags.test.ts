/**
 * `satchel run` end to end (in process) for what Newman users bring: a v1 collection, a UTF-16
 * data file, `--timeout` for the whole run with and without `-x`, `--silent`, `--verbose`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EchoServer } from "../../../conformance/echoServer";
import { startEchoServer } from "../../../conformance/echoServer";
import { parseRunArgs } from "./args";
import { runCommand } from "./run";

let server: EchoServer;
let dir: string;
beforeAll(async () => {
  server = await startEchoServer();
  dir = mkdtempSync(join(tmpdir(), "satchel-run-flags-"));
});
afterAll(() => server.close());

async function run(argv: string[]) {
  const args = parseRunArgs(argv);
  if (!args.ok) throw new Error(args.error.message);
  let out = "";
  let err = "";
  const code = await runCommand(args.value, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    errIsTty: false,
    outIsTty: false,
  });
  return { code, out, err };
}

const v2 = (items: unknown[]) => ({
  info: {
    name: "c",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: items,
});

describe("satchel run", () => {
  it("runs a v1 collection", async () => {
    const path = join(dir, "v1.json");
    writeFileSync(
      path,
      JSON.stringify({
        id: "v1",
        name: "v1 run",
        order: ["a"],
        folders: [],
        requests: [
          {
            id: "a",
            name: "Echo",
            url: `${server.url}/get?x=1`,
            method: "GET",
            headers: "X-Test: yes\n",
            tests: "tests['header sent'] = JSON.parse(responseBody).headers['x-test'] === 'yes';",
          },
        ],
      }),
    );
    const r = await run([path, "--color", "off"]);
    expect(r.err).toBe("");
    expect(r.out).toContain("✓  header sent");
    expect(r.code).toBe(0);
  });

  it("reads a UTF-16 data file with a BOM, one iteration per row", async () => {
    const col = join(dir, "data.json");
    writeFileSync(
      col,
      JSON.stringify(
        v2([
          {
            name: "Row",
            request: { method: "GET", url: `${server.url}/get?city={{city}}` },
            event: [
              {
                listen: "test",
                script: { exec: ["pm.test('city ' + pm.iterationData.get('city'), () => {});"] },
              },
            ],
          },
        ]),
      ),
    );
    const data = join(dir, "rows.csv");
    writeFileSync(
      data,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('city\r\nKraków\r\n"São, Paulo"\r\n', "utf16le"),
      ]),
    );
    const r = await run([col, "-d", data, "--color", "off"]);
    expect(r.out).toContain("✓  city Kraków");
    expect(r.out).toContain("✓  city São, Paulo");
    expect(r.code).toBe(0);
  });

  describe("--timeout", () => {
    let slow: string;
    beforeAll(() => {
      slow = join(dir, "slow.json");
      writeFileSync(
        slow,
        JSON.stringify(
          v2([
            { name: "Slow", request: { method: "GET", url: `${server.url}/delay/1500` } },
            { name: "After", request: { method: "GET", url: `${server.url}/get` } },
          ]),
        ),
      );
    });

    it("stops the run past the limit and fails it", async () => {
      const started = Date.now();
      const r = await run([slow, "--timeout", "300", "--color", "off"]);
      expect(Date.now() - started).toBeLessThan(1400);
      expect(r.err).toContain("--timeout 300ms");
      expect(r.out).not.toContain("→ After");
      expect(r.code).toBe(1);
    });

    it("-x still exits 0", async () => {
      const r = await run([slow, "--timeout", "300", "-x", "--silent"]);
      expect(r.code).toBe(0);
      expect(r.out).toBe("");
    });
  });

  it("--verbose prints the response body under the request", async () => {
    const path = join(dir, "verbose.json");
    writeFileSync(
      path,
      JSON.stringify(v2([{ name: "V", request: { method: "GET", url: `${server.url}/xml` } }])),
    );
    const r = await run([path, "--verbose", "--color", "off", "--disable-unicode"]);
    expect(r.out).toMatch(/ {2}200 OK \* \S+ time \* \S+\^ \S+v size/);
    expect(r.out).toContain("  - v application/xml * text * xml * utf8 *");
    expect(r.out).toContain('  | <?xml version="1.0"?><note id="7">');
  });
});
