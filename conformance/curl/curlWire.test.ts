/**
 * A pasted cURL command sends what curl sends. Each fixture of fixtures.json is run by the real
 * curl and by Satchel (import → buildHttpRequest → Node transport) against the capture server,
 * and the requests that arrive are compared (./compare.ts). A fixture that names a known
 * difference (differences.json) must still differ, so a fix is noticed and the entry removed.
 * Then the round trip: "Copy as cURL" of the import imports back to the same request, and that
 * command run by curl sends what Satchel sent.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestToCurl } from "../../src/core/export/curl";
import { importCurl } from "../../src/core/import/curl/index";
import type { Request } from "../../src/core/model";
import { nodeDeps } from "../../src/node/cli/deps";
import type { CaptureServer } from "./captureServer";
import { startCaptureServer } from "./captureServer";
import { KNOWN, toWire } from "./compare";
import fixtures from "./fixtures.json";
import { hasCurl, runCurl } from "./runCurl";
import { runSatchel } from "./runSatchel";

/** One command, as fixtures.json holds it. */
interface Fixture {
  name: string;
  /** The command, run by curl (and pasted into Satchel unless `paste` is given). */
  command: string;
  /** What is pasted into Satchel when it is not `command` (Windows cmd quoting). */
  paste?: string;
  /** Files the command reads, written to its working directory. */
  files?: Record<string, string>;
  /** A known difference's id: curl and Satchel must not agree yet. */
  differs?: string;
  /** Parts of the import warnings that must appear. */
  warnings?: string[];
  /** Parts of the transport's warnings that must appear. */
  sendWarnings?: string[];
}

const FIXTURES = fixtures as readonly Fixture[];
const PLACEHOLDER = "capture.test";

/** The fields a command carries (ids and times differ between imports). */
const shape = (r: Request) => ({
  method: r.method,
  url: r.url,
  params: r.params,
  headers: r.headers,
  body: r.body,
  auth: r.auth,
  settings: r.settings,
  extra: r.extra,
});

describe.skipIf(!hasCurl())("cURL on the wire: curl 7.88.1 and Satchel send the same", () => {
  let server: CaptureServer;
  let host: string;
  const dirs: string[] = [];
  const tally = { agree: 0, differ: 0 };

  beforeAll(async () => {
    server = await startCaptureServer();
    host = server.url.replace(/^http:\/\//, "");
  });
  afterAll(async () => {
    await server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    console.info(
      `curl wire fixtures: ${FIXTURES.length}, agree ${tally.agree}, differ ${tally.differ}`,
    );
  });

  /** A fresh working directory with the fixture's files. */
  function workDir(f: Fixture): string {
    const dir = mkdtempSync(join(tmpdir(), "satchel-curl-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(f.files ?? {})) writeFileSync(join(dir, name), text);
    return dir;
  }

  /** What reaches the server when curl runs `command`. */
  async function viaCurl(command: string, dir: string) {
    const run = await runCurl(command, dir);
    expect(run.exitCode, run.stderr).toBe(0);
    return server.take().map((c, hop) => toWire(c, hop));
  }

  it.each(FIXTURES.map((f) => [f.name, f] as const))("%s", async (_, f) => {
    const dir = workDir(f);
    const local = (s: string) => s.split(PLACEHOLDER).join(host);
    const theirs = await viaCurl(local(f.command), dir);
    expect(theirs.length).toBeGreaterThan(0);

    const ours = await runSatchel(local(f.paste ?? f.command), dir);
    expect(ours.error).toBeUndefined();
    const sent = server.take().map((c, hop) => toWire(c, hop));
    for (const w of f.warnings ?? []) expect(ours.warnings.join("\n")).toContain(w);
    for (const w of f.sendWarnings ?? []) expect(ours.sendWarnings.join("\n")).toContain(w);

    if (f.differs) {
      expect(KNOWN.has(f.differs), `${f.differs} is listed in differences.json`).toBe(true);
      expect(sent).not.toEqual(theirs);
      tally.differ++;
    } else {
      expect(sent).toEqual(theirs);
      tally.agree++;
    }

    // Copy as cURL: imports back to the same request, and curl sends with it what we sent (for a
    // difference the pipeline or transport makes on the way out: what the original sent).
    const known = f.differs ? KNOWN.get(f.differs) : undefined;
    const exported = requestToCurl(ours.request);
    const again = importCurl(exported, nodeDeps, "conformance");
    if (!again.ok) throw new Error(again.error.message);
    if (known?.reimports !== false) {
      expect(shape(again.value.request), exported).toEqual(shape(ours.request));
    }
    const expected = known?.exportSends === "original" ? theirs : sent;
    expect(await viaCurl(exported, dir), exported).toEqual(expected);
  });
});
