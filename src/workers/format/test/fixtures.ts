/** Reads a fixture next to this file as bytes. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The bytes of test/<name>. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, import.meta.url))));
}

/** The text of test/<name>. */
export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixture(name));
}

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
