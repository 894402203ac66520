import { describe, expect, it } from "vitest";
import { makeFormatService } from "../../workers/format/service";
import type { FormatClient } from "../../workers/format/types";
import { PART_BYTES, openInSlices } from "./formatClient";

/** The pure service behind the client API, recording each call and the bytes it carried. */
function inProcess() {
  const service = makeFormatService();
  const calls: string[] = [];
  const client = Object.fromEntries(
    Object.entries(service).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        const bytes = args.find((a) => a instanceof Uint8Array) as Uint8Array | undefined;
        calls.push(bytes ? `${name} ${bytes.length}` : name);
        return Promise.resolve((fn as (...a: unknown[]) => unknown)(...args));
      },
    ]),
  ) as unknown as FormatClient;
  return { client, calls };
}

describe("openInSlices", () => {
  it("sends a small body in one message", async () => {
    const { client, calls } = inProcess();
    const bytes = new TextEncoder().encode('{"a":1}');
    const transferred: number[] = [];
    const info = await openInSlices(client, (b) => (transferred.push(b.length), b), "d", bytes);
    expect(info.ok).toBe(true);
    expect(calls).toEqual(["open 7"]);
    expect(transferred).toEqual([7]);
  });

  it("sends a big body in slices that open as the whole, leaving the caller's bytes intact", async () => {
    const { client, calls } = inProcess();
    const text = `[${'"x",'.repeat((PART_BYTES * 2) / 4)}"end"]`;
    const bytes = new TextEncoder().encode(text);
    const transferred: Uint8Array[] = [];
    const info = await openInSlices(
      client,
      (b) => (transferred.push(b), b),
      "d",
      bytes,
      "application/json",
    );
    expect(info).toMatchObject({ ok: true, value: { kind: "json", byteLength: bytes.length } });
    expect(calls).toEqual([
      `part ${PART_BYTES}`,
      `part ${PART_BYTES}`,
      `part ${bytes.length - 2 * PART_BYTES}`,
      "openParts",
    ]);
    expect(transferred.every((b) => b.buffer !== bytes.buffer)).toBe(true);
    const raw = await client.text("d", "raw");
    expect(raw.ok && raw.value).toBe(text);
  });
});
