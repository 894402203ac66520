/**
 * `satchel run` reads environment, globals and data files as Newman 6.2.2 does: each case is
 * loaded by Newman's own loader (newman/lib/run/options.js, the code behind `newman run -e -g
 * -d`) and by loadRunFiles, and the variables and rows must agree.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RunArgs } from "./args";
import { loadRunFiles } from "./inputs";

interface NewmanScope {
  name?: string;
  values: { all(): { key: string; value: unknown; disabled?: boolean }[] };
}
type Loaded = { environment: NewmanScope; globals: NewmanScope; iterationData?: unknown[] };
type Loader = (options: Record<string, unknown>, cb: (e: Error | null, r: Loaded) => void) => void;
const newmanLoad = createRequire(import.meta.url)("newman/lib/run/options") as Loader;

let dir: string;
let collection: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "satchel-inputs-"));
  collection = join(dir, "c.json");
  writeFileSync(collection, JSON.stringify({ info: { name: "c" }, item: [] }));
});

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16le = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function theirs(options: Record<string, unknown>): Promise<Loaded> {
  return new Promise((resolve, reject) =>
    newmanLoad(options, (e, r) => (e ? reject(e) : resolve(r))),
  );
}

const enabled = (scope: NewmanScope) =>
  Object.fromEntries(scope.values.all().flatMap((v) => (v.disabled ? [] : [[v.key, v.value]])));

async function ours(partial: Partial<RunArgs>) {
  const r = await loadRunFiles({
    collection,
    envVars: [],
    globalVars: [],
    bail: false,
    suppressExitCode: false,
    reporters: [],
    insecure: false,
    ignoreRedirects: false,
    color: "off",
    ...partial,
  });
  if (!r.ok) throw new Error(r.error.message);
  const vars = (list: { key: string; value: unknown; enabled: boolean }[]) =>
    Object.fromEntries(list.filter((v) => v.enabled).map((v) => [v.key, v.value]));
  return {
    environment: vars(r.value.environment.variables),
    environmentName: r.value.environment.name,
    globals: vars(r.value.globals.variables),
    rows: r.value.iterationData,
  };
}

const EXPORT = {
  id: "5d0b",
  name: "Staging",
  values: [
    { key: "host", value: "example.test", type: "default", enabled: true },
    { key: "n", value: 5, type: "default", enabled: true },
    { key: "off", value: "x", disabled: true },
    { key: "ünï", value: "çödé ✓", type: "secret", enabled: true },
  ],
  _postman_variable_scope: "environment",
};
const text = JSON.stringify(EXPORT, null, 2);

describe("environment and globals files, as Newman loads them", () => {
  const cases: Record<string, () => string | Buffer> = {
    "UTF-8": () => text,
    "UTF-8 with BOM": () => Buffer.concat([BOM8, Buffer.from(text)]),
    "UTF-16 LE with BOM": () => utf16le(text),
    "an environment wrapped as the Postman API returns it": () =>
      JSON.stringify({ environment: EXPORT }),
    "a bare array of variables": () => JSON.stringify(EXPORT.values),
    "an object without values": () => JSON.stringify({ name: "Empty", host: "x" }),
    "surrounding whitespace": () => `\n\n  ${text}\n\n`,
  };
  for (const [name, content] of Object.entries(cases)) {
    it(name, async () => {
      const path = file(`env-${name.replace(/\W+/g, "-")}.json`, content());
      const newman = await theirs({ environment: path, globals: path });
      const mine = await ours({ environment: path, globals: path });
      expect(mine.environment).toEqual(enabled(newman.environment));
      expect(mine.globals).toEqual(enabled(newman.globals));
      expect(mine.environmentName).toBe(newman.environment.name ?? "");
    });
  }

  it("a globals export wrapped as the Postman API returns it", async () => {
    const path = file(
      "globals-wrapped.json",
      JSON.stringify({ globals: { values: EXPORT.values } }),
    );
    const newman = await theirs({ globals: path });
    expect((await ours({ globals: path })).globals).toEqual(enabled(newman.globals));
  });

  it("UTF-16 BE and UTF-16 LE without a BOM, which Newman cannot read", async () => {
    for (const content of [utf16be(text), utf16le(text, false)]) {
      const path = file("env-16.json", content);
      await expect(theirs({ environment: path })).rejects.toThrow(/could not load/);
      expect((await ours({ environment: path })).environment).toMatchObject({
        host: "example.test",
      });
    }
  });

  it("`enabled: false` rows stay off (Newman uses them: postmanlabs/newman#2986)", async () => {
    const values = [
      { key: "on", value: "1", enabled: true },
      { key: "off", value: "2", enabled: false },
    ];
    const path = file("env-enabled.json", JSON.stringify({ name: "E", values }));
    expect(enabled((await theirs({ environment: path })).environment)).toEqual({
      on: "1",
      off: "2",
    });
    expect((await ours({ environment: path })).environment).toEqual({ on: "1" });
  });

  it("a file that is not an environment is an error, as in Newman", async () => {
    const path = file("env-string.json", '"just text"');
    await expect(theirs({ environment: path })).rejects.toThrow(/could not load environment/);
    await expect(ours({ environment: path })).rejects.toThrow(/could not load environment/);
  });
});

describe("iteration data files, as Newman loads them", () => {
  const csv =
    'name,n,quoted,note\n"Doe, Jane",007,"42","say ""hi"""\n  padded  ,1.5,x,"two\nlines"\n\n';
  const cases: Record<string, () => string | Buffer> = {
    CSV: () => csv,
    "CSV with a UTF-8 BOM": () => Buffer.concat([BOM8, Buffer.from(csv)]),
    "CSV in UTF-16 LE with BOM": () => utf16le(csv),
    "CSV with CRLF line ends": () => csv.replace(/\n/g, "\r\n"),
    "CSV with non-ASCII text": () => "ünï,b\nçödé ✓,日本\n",
    "JSON rows with arrays and objects as values": () =>
      JSON.stringify([{ a: [1, 2], o: { b: { c: true } }, n: null }, { a: "x" }]),
    "JSON with a BOM and whitespace": () =>
      Buffer.concat([BOM8, Buffer.from('\n [ {"a": 1} ] \n')]),
    "a JSON array of non-objects": () => "[1, null, [2]]",
    "a JSON object (no rows)": () => '{"a": 1}',
    "a header only": () => "a,b\n",
  };
  for (const [name, content] of Object.entries(cases)) {
    it(name, async () => {
      const path = file(`data-${name.replace(/\W+/g, "-")}.txt`, content());
      const newman = await theirs({ iterationData: path });
      const rows = (await ours({ iterationData: path })).rows;
      const expected = Array.isArray(newman.iterationData)
        ? newman.iterationData.map((r: unknown) =>
            r && typeof r === "object" && !Array.isArray(r) ? r : {},
          )
        : [];
      expect(rows).toEqual(expected);
    });
  }

  it("a CSV Newman cannot load is an error here too", async () => {
    const path = file("data-bad.csv", 'a,b\n"open,1\n');
    await expect(theirs({ iterationData: path })).rejects.toThrow(/iteration data/);
    await expect(ours({ iterationData: path })).rejects.toThrow(
      /iteration data could not be loaded/,
    );
  });
});
