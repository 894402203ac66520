/** File bodies read from disk by the Node transport: form-data files and binary bodies. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpBody } from "../../core/http/transport";
import { makeNodeTransport } from "./nodeTransport";
import { startUpstream } from "./test/servers";

let server: Awaited<ReturnType<typeof startUpstream>>;
let root: string;
let work: string;

beforeAll(async () => {
  server = await startUpstream();
  root = mkdtempSync(join(tmpdir(), "satchel-files-"));
  work = join(root, "work");
  mkdirSync(join(work, "data"), { recursive: true });
  writeFileSync(join(work, "data", "note.txt"), "hello from disk");
  writeFileSync(join(work, "payload.bin"), Buffer.from([0, 1, 2, 255]));
  writeFileSync(join(root, "secret.txt"), "not yours");
  symlinkSync(join(root, "secret.txt"), join(work, "link.txt"));
});
afterAll(() => server.close());

async function echo(body: HttpBody, outside = false) {
  const transport = makeNodeTransport({ files: { workingDir: work, outside } });
  const result = await transport.send({
    method: "POST",
    url: `${server.url}/echo?body`,
    headers: [],
    body,
  });
  if (!result.ok) throw new Error(result.error.message);
  const echoed = JSON.parse(Buffer.from(result.response.body).toString()) as {
    body: string;
    length: number;
    rawHeaders: string[];
  };
  return { echoed, warnings: result.warnings ?? [] };
}

describe("file bodies from disk", () => {
  it("sends a form-data file named relative to the working directory, with its base name", async () => {
    const { echoed, warnings } = await echo({
      kind: "multipart",
      fields: [
        { type: "text", name: "a", value: "1" },
        { type: "file", name: "doc", fileName: "data/note.txt", contentType: "text/plain" },
      ],
    });
    expect(warnings).toEqual([]);
    expect(echoed.body).toMatch(
      /^--(\S+)\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--\1\r\nContent-Disposition: form-data; name="doc"; filename="note.txt"\r\nContent-Type: text\/plain\r\n\r\nhello from disk\r\n--\1--\r\n$/,
    );
    const length =
      echoed.rawHeaders[echoed.rawHeaders.findIndex((h) => h === "Content-Length") + 1];
    expect(Number(length)).toBe(echoed.length);
  });

  it("sends a binary body byte for byte, and an absolute path inside the directory", async () => {
    const { echoed } = await echo({ kind: "file", fileName: join(work, "payload.bin") });
    expect(echoed.length).toBe(4);
    expect(Buffer.from(echoed.body, "utf8").subarray(0, 3)).toEqual(Buffer.from([0, 1, 2]));
  });

  it("sends a missing file empty, with a warning that names it", async () => {
    const { echoed, warnings } = await echo({ kind: "file", fileName: "nope.txt" });
    expect(echoed.length).toBe(0);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      [
        "BODY_NOT_SENT",
        `File "nope.txt" was sent empty: cannot read ${join(work, "nope.txt")} (ENOENT)`,
      ],
    ]);
  });

  it("reads nothing outside the working directory unless allowed, symlinks included", async () => {
    for (const fileName of ["../secret.txt", "link.txt", join(root, "secret.txt")]) {
      const { echoed, warnings } = await echo({ kind: "file", fileName });
      expect(echoed.length).toBe(0);
      expect(warnings[0]?.message).toMatch(/outside the working directory/);
    }
    const allowed = await echo({ kind: "file", fileName: "../secret.txt" }, true);
    expect(allowed.echoed.body).toBe("not yours");
  });
});
