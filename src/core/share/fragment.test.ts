import { describe, expect, it } from "vitest";
import { deflateRawSync } from "node:zlib";
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_MAX_BYTES,
  shareFragmentFromHash,
  shareLink,
} from "./fragment";
import { fromBase64url, toBase64url } from "./base64url";
import { inflateRaw } from "./streams";

const collection = {
  info: {
    name: "Pets — ünïcødé 🐾",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: [
    {
      name: "List pets",
      request: { method: "GET", url: "https://api.example.com/pets?limit=10", description: "All" },
    },
  ],
};

const fragmentOf = (bytes: Uint8Array): string => "v1." + toBase64url(bytes);

async function refusal(fragment: string) {
  const result = await decodeShareFragment(fragment);
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}

describe("base64url", () => {
  it("round-trips every length and byte value", () => {
    for (let n = 0; n < 260; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
  });
  it("accepts padding, names a bad character before a bad length, and is linear on '=' runs", () => {
    expect(fromBase64url("AQ==")).toEqual(Uint8Array.from([1]));
    expect(fromBase64url("ab*cd")).toMatchObject({ index: 2 });
    expect(fromBase64url("abcde")).toMatchObject({
      index: 5,
      reason: expect.stringContaining("cut off"),
    });
    const started = performance.now();
    expect(fromBase64url("=".repeat(500_000) + "x")).toMatchObject({ index: 0 });
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it("matches Node's base64url", () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => (i * 91) & 0xff);
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
  });
});

describe("encodeShareFragment / decodeShareFragment", () => {
  it("round-trips a collection, including non-ASCII text", async () => {
    const fragment = await encodeShareFragment(collection);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, value: collection });
  });

  it("compresses: a repetitive collection's fragment is far shorter than its JSON", async () => {
    const many = { ...collection, item: Array.from({ length: 50 }, () => collection.item[0]) };
    const fragment = await encodeShareFragment(many);
    expect(fragment.length).toBeLessThan(JSON.stringify(many).length / 5);
  });

  it("builds the full link and replaces an existing fragment", async () => {
    const link = await shareLink("https://satchel.app/#old", collection);
    expect(link).toMatch(/^https:\/\/satchel\.app\/#import=v1\./);
    expect(shareFragmentFromHash(new URL(link).hash)).toBe(link.split("#import=")[1]);
  });

  it("reads only #import= hashes", () => {
    expect(shareFragmentFromHash("#import=v1.abc")).toBe("v1.abc");
    expect(shareFragmentFromHash("import=v1.abc")).toBe("v1.abc");
    expect(shareFragmentFromHash("#/requests/1")).toBeUndefined();
    expect(shareFragmentFromHash("")).toBeUndefined();
  });

  it("refuses an empty fragment", async () => {
    expect((await refusal("")).code).toBe("SHARE_EMPTY");
  });

  it("refuses a missing prefix and names an unknown version", async () => {
    const none = await refusal("eJxLTEoGAAJNASc");
    expect(none.code).toBe("SHARE_PREFIX");
    expect(none.message).toContain('"v1."');
    const future = await refusal("v9.abc");
    expect(future.code).toBe("SHARE_PREFIX");
    expect(future.message).toContain('"v9"');
  });

  it("refuses bad base64 and says where", async () => {
    const good = await encodeShareFragment(collection);
    const bad = good.slice(0, 10) + "*" + good.slice(11);
    const error = await refusal(bad);
    expect(error).toMatchObject({ code: "SHARE_BASE64", at: "10" });
    expect(error.message).toContain('"*"');
    expect((await refusal("v1.A")).code).toBe("SHARE_BASE64");
  });

  it("refuses data that is not DEFLATE", async () => {
    const error = await refusal(fragmentOf(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00])));
    expect(error.code).toBe("SHARE_CORRUPT");
  });

  it("refuses a cut-off DEFLATE stream", async () => {
    const whole = deflateRawSync(Buffer.from(JSON.stringify(collection).repeat(20)));
    const error = await refusal(fragmentOf(whole.subarray(0, whole.length - 8)));
    expect(error.code).toBe("SHARE_CORRUPT");
  });

  it("refuses text that is not JSON, and bytes that are not UTF-8", async () => {
    const notJson = await refusal(fragmentOf(deflateRawSync(Buffer.from("{not json"))));
    expect(notJson.code).toBe("SHARE_JSON");
    expect(notJson.message).toContain("not valid JSON");
    const notUtf8 = await refusal(fragmentOf(deflateRawSync(Buffer.from([0x22, 0xc3, 0x28]))));
    expect(notUtf8).toMatchObject({
      code: "SHARE_JSON",
      message: expect.stringContaining("UTF-8"),
    });
  });

  it("refuses a fragment longer than the limit before decoding it", async () => {
    const error = await refusal("v1." + "A".repeat(1024 * 1024 + 1));
    expect(error.code).toBe("SHARE_TOO_LONG");
  });

  it("accepts a payload just under the inflate limit", async () => {
    const text = JSON.stringify({ pad: "x".repeat(SHARE_MAX_BYTES - 20) });
    const result = await decodeShareFragment(fragmentOf(deflateRawSync(Buffer.from(text))));
    expect(result.ok).toBe(true);
  });

  it("stops reading a 50 MB decompression bomb at the limit", async () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 0x20), { level: 9 });
    const fragment = fragmentOf(bomb);
    expect(fragment.length).toBeLessThan(100_000);
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(fragment);
    const grew = process.memoryUsage().arrayBuffers - before;
    expect(error.code).toBe("SHARE_TOO_LARGE");
    expect(error.message).toContain("2 MB");
    // Inflating it all would hold 50 MB; stopping at the limit holds about 2 MB.
    expect(grew).toBeLessThan(20 * 1024 * 1024);
  });

  it("inflateRaw reads no more than one chunk past the limit of a bomb", async () => {
    const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 0x20), { level: 9 });
    const outcome = await inflateRaw(bomb, 1024 * 1024);
    expect(outcome.kind).toBe("too-large");
    if (outcome.kind === "too-large") expect(outcome.read).toBeLessThan(1024 * 1024 + 256 * 1024);
  });
});
