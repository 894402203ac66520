/**
 * `satchel run`'s terminal output against Newman 6.2.2's, on the same collection: Newman's cli
 * reporter runs programmatically with its stdout captured, ours through runCommand, both with
 * colour off and Unicode disabled, and the console portion (the boxes of `| 'text'` lines, in
 * order) must be the same, strings, numbers, objects, cycles, errors and functions alike (the
 * sandbox sends each argument with its type: see consoleValue.ts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { EchoServer } from "../../../conformance/echoServer";
import { startEchoServer } from "../../../conformance/echoServer";
import { parseRunArgs } from "../cli/args";
import { runCommand } from "../cli/run";

interface NewmanModule {
  run(options: Record<string, unknown>, done: (err: unknown) => void): void;
}
const newman = createRequire(import.meta.url)("newman") as NewmanModule;

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

const script = (listen: string, exec: string[]) => ({ listen, script: { exec } });

function collection(baseUrl: string) {
  return {
    info: {
      name: "console lines",
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    item: [
      {
        name: "First",
        request: { method: "GET", url: `${baseUrl}/get?who=ada` },
        event: [
          script("prerequest", [
            "console.log('before the request', 'second argument');",
            "console.info('an info line');",
            'console.warn("it\'s a warning");',
          ]),
          script("test", [
            "console.log('who: ' + pm.response.json().args.who);",
            "console.error('a line long enough to be wrapped at fifty-four columns by the reporter, twice over');",
            "console.log('quotes \"double\" and \\'single\\'', 'ünïcødé ✓');",
            "pm.test('who is ada', () => pm.expect(pm.response.json().args.who).to.equal('ada'));",
          ]),
        ],
      },
      {
        name: "Folder",
        item: [
          {
            name: "Second",
            request: { method: "POST", url: `${baseUrl}/post`, body: { mode: "raw", raw: "x" } },
            event: [
              script("prerequest", [
                "console.log('only before');",
                "pm.test('checked before sending', () => pm.expect(1).to.equal(1));",
                "console.log('after the early test');",
              ]),
              script("test", ["pm.test('posted', () => pm.response.to.have.status(200));"]),
            ],
          },
          {
            name: "Typed",
            request: { method: "GET", url: `${baseUrl}/get?n=1` },
            event: [
              script("prerequest", [
                "console.log(200, 1.5, -7, NaN, Infinity, true, false, null, undefined);",
                "console.log({ a: 1, b: 'x', c: [1, 2, { d: null }] });",
                "console.info([1, 'two', [3, [4, [5]]]], [], {});",
                "console.warn({ a: { b: { c: { d: { e: { f: 1 } } } } } });",
                "console.log('code', pm.info.iteration, 'ok', true);",
                "console.log({ 'a-b': 1, valid_id: 2, 1: 'n', u: undefined, list: [\"it's\"] });",
              ]),
              script("test", [
                "console.log(pm.response.code, pm.response.json().args);",
                "const o = { name: 'loop' }; o.self = o; console.log(o);",
                "pm.test('between logs', () => pm.expect(1).to.equal(1));",
                "pm.test('fails between logs', () => pm.expect(1).to.equal(2));",
                "console.error(new TypeError('bad'), { err: new Error('inner') });",
                "console.log(function named() {}, () => 1, Symbol('s'), 10n);",
                "console.log(new Date(0), /re+/gi, new String('boxed'));",
                "console.log(Array.from({ length: 120 }, (_, i) => i));",
                "console.log({ long1: 'a'.repeat(30), long2: 'b'.repeat(30), nested: { deeper: [1, 2, 3] } });",
                "console.log(JSON.parse('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]'));",
                "console.log();",
                "pm.test('typed', () => pm.response.to.have.status(200));",
              ]),
            ],
          },
          {
            name: "Third",
            request: { method: "GET", url: `${baseUrl}/status/404` },
            event: [
              script("test", [
                "console.debug('status ' + pm.response.code);",
                "pm.test('fails', () => pm.response.to.have.status(200));",
              ]),
            ],
          },
        ],
      },
    ],
  };
}

/** Newman's terminal output for `col`, colour off, Unicode disabled. */
async function newmanOutput(col: unknown): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await new Promise<void>((resolve, reject) =>
      newman.run(
        { collection: col, reporters: ["cli"], color: "off", disableUnicode: true },
        (err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve()),
      ),
    );
  } finally {
    process.stdout.write = write;
  }
  return chunks.join("");
}

/** Our terminal output for the collection at `path`. */
async function satchelOutput(path: string): Promise<string> {
  const args = parseRunArgs([path, "--color", "off", "--disable-unicode"]);
  if (!args.ok) throw new Error(args.error.message);
  let out = "";
  await runCommand(args.value, {
    out: (t) => (out += t),
    err: () => {},
    errIsTty: false,
    outIsTty: false,
  });
  return out;
}

/** The console boxes: `  -` and `  | …` lines, in order. */
const consolePortion = (text: string) => text.split("\n").filter((l) => /^ {2}(-|\| .*)$/.test(l));

/** Console lines, request lines (without their timing) and assertion lines, in order. */
const itemPortion = (text: string) =>
  text
    .split(/^-{3,}/m)[0]!
    .split("\n")
    .filter((l) => /^ {2}(-|\| .*|(GET|POST) .*|Pass {2}.*)$|^ {2}\d\. /.test(l))
    .map((l) => l.replace(/ \[\d{3} [^\]]*\]$/, " [status]"));

it("prints scripts' console output line for line as Newman's cli reporter does", async () => {
  const col = collection(server.url);
  const path = join(mkdtempSync(join(tmpdir(), "satchel-cli-newman-")), "c.json");
  writeFileSync(path, JSON.stringify(col));
  const theirs = await newmanOutput(col);
  const ours = await satchelOutput(path);
  // Every script runs to its end in Newman (a broken fixture would compare nothing).
  expect(theirs).not.toMatch(/Error in (prerequest|test)-script/);
  expect(consolePortion(theirs).length).toBeGreaterThan(10);
  expect(consolePortion(ours)).toEqual(consolePortion(theirs));
  // Pre-request output above the request line, test output below it, between its assertions.
  expect(itemPortion(ours)).toEqual(itemPortion(theirs));
});
