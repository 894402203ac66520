/**
 * Hashes and HMACs by name for the signing schemes (Digest, Hawk, AWS Signature v4), over
 * `@noble/hashes`: synchronous, small, and the same in the browser, a worker and Node.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { md5, sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha512_256 } from "@noble/hashes/sha2.js";
import { hex, utf8 } from "./bytes";

/** The hash functions the schemes need (`sha512-256` is SHA-512/256, for Digest). */
export type HashName = "md5" | "sha1" | "sha256" | "sha512-256";

const HASHES = { md5, sha1, sha256, "sha512-256": sha512_256 } as const;

/** Text (hashed as UTF-8) or bytes. */
export type Data = string | Uint8Array;

const bytesOf = (data: Data): Uint8Array => (typeof data === "string" ? utf8(data) : data);

/** The `name` hash of `parts` fed one after the other (as if concatenated). */
export function hashBytes(name: HashName, ...parts: Data[]): Uint8Array {
  const state = HASHES[name].create();
  for (const part of parts) state.update(bytesOf(part));
  return state.digest();
}

/** Lower-case hex of the `name` hash of `parts`. */
export const hashHex = (name: HashName, ...parts: Data[]): string => hex(hashBytes(name, ...parts));

/** HMAC of `data` under `key` with the `name` hash. */
export const hmacBytes = (name: HashName, key: Data, data: Data): Uint8Array =>
  hmac(HASHES[name], bytesOf(key), bytesOf(data));
