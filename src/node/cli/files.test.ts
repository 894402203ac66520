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
