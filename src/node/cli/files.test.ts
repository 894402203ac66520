/**
 * `satchel run` sends the files a collection names (form-data `src`, a binary body's `src`)
 * from disk, relative to the directory it runs in, as Newman does (it used to send them empty).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startUpstream } from "../http/test/servers";
import { runSatchel } from "./test/spawnSatchel";

let server: Awaited<ReturnType<typeof startUpstream>>;
let dir: string;

beforeAll(async () => {
  server = await startUpstream();
  dir = mkdtempSync(join(tmpdir(), "satchel-run-files-"));
  mkdirSync(join(dir, "files"));
  writeFileSync(join(dir, "files", "photo.txt"), "pretend photo");
  writeFileSync(join(dir, "files", "body.json"), '{"from":"disk"}');
  const item = (name: string, body: unknown) => ({
    name,
    request: { method: "POST", url: `${server.url}/echo?body`, body },
    event: [
      {
        listen: "test",
        script: { exec: ["pm.environment.set(pm.info.requestName, pm.response.json().body);"] },
      },
    ],
  });
  writeFileSync(
    join(dir, "collection.json"),
    JSON.stringify({
      info: {
        name: "files",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      item: [
        item("form", {
          mode: "formdata",
          formdata: [{ key: "photo", type: "file", src: "files/photo.txt" }],
        }),
        item("binary", { mode: "file", file: { src: "files/body.json" } }),
      ],
    }),
  );
});
afterAll(() => server.close());

it("reads form-data and binary files relative to the working directory", async () => {
  const run = await runSatchel(
    [
      "run",
      "collection.json",
      "--export-environment",
      "env.json",
      "-r",
      "json",
      "--reporter-json-export",
      "r.json",
    ],
    dir,
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const env = JSON.parse(readFileSync(join(dir, "env.json"), "utf8")) as {
    values: { key: string; value: string }[];
  };
  const value = (key: string) => env.values.find((v) => v.key === key)?.value;
  expect(value("form")).toMatch(
    /Content-Disposition: form-data; name="photo"; filename="photo.txt"\r\nContent-Type: application\/octet-stream\r\n\r\npretend photo\r\n/,
  );
  expect(value("binary")).toBe('{"from":"disk"}');
}, 60_000);

/** Runs the collection from `cwd` with `flags`; the environment's value for item `key`. */
async function runFrom(cwd: string, flags: string[], key: string) {
  const out = join(dir, `env-${key}-${flags.length}.json`);
  const run = await runSatchel(
    ["run", join(dir, "collection.json"), "--export-environment", out, ...flags],
    cwd,
  );
  const env = JSON.parse(readFileSync(out, "utf8")) as { values: { key: string; value: string }[] };
  return { run, value: env.values.find((v) => v.key === key)?.value };
}

it("--working-dir says where the paths resolve; outside it nothing is read without --insecure-file-read", async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), "satchel-run-elsewhere-"));
  // From another directory the files are not found...
  const lost = await runFrom(elsewhere, [], "binary");
  expect(lost.value).toBe("");
  // ...with --working-dir they are.
  const found = await runFrom(elsewhere, ["--working-dir", dir], "binary");
  expect(found.value).toBe('{"from":"disk"}');
  // A working directory below the files: they are outside it, refused unless allowed.
  const inner = join(dir, "files", "inner");
  mkdirSync(inner, { recursive: true });
  const paths = JSON.parse(readFileSync(join(dir, "collection.json"), "utf8")) as {
    item: { request: { body: { file?: { src: string } } } }[];
  };
  paths.item[1]!.request.body.file!.src = "../body.json";
  writeFileSync(join(dir, "outside.json"), JSON.stringify(paths));
  const refused = await runSatchel(
    [
      "run",
      join(dir, "outside.json"),
      "--working-dir",
      inner,
      "--export-environment",
      join(dir, "o1.json"),
    ],
    elsewhere,
  );
  const allowed = await runSatchel(
    [
      "run",
      join(dir, "outside.json"),
      "--working-dir",
      inner,
      "--insecure-file-read",
      "--export-environment",
      join(dir, "o2.json"),
    ],
    elsewhere,
  );
  const binary = (file: string) =>
    (
      JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        values: { key: string; value: string }[];
      }
    ).values.find((v) => v.key === "binary")?.value;
  expect([refused.code, allowed.code]).toEqual([0, 0]);
  // The terminal says which file went out empty, and why.
  expect(refused.stdout).toMatch(
    /! File "[^"]*body\.json" was sent empty: it is outside the working directory/,
  );
  expect(allowed.stdout).not.toMatch(/body\.json" was sent empty/);
  expect(binary("o1.json")).toBe("");
  expect(binary("o2.json")).toBe('{"from":"disk"}');
}, 120_000);
