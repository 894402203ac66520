/**
 * Hawk's request MAC (protocol version 1): the normalized string `hawk.1.header\n…`, the payload
 * hash over `hawk.1.payload\n<content-type>\n<payload>\n`, and the `Authorization` value.
 * @see https://github.com/mozilla/hawk/blob/main/API.md (Protocol Example, Payload Validation)
 */
import { base64 } from "../bytes";
import type { Data } from "../hash";
import { hashBytes, hmacBytes } from "../hash";

/** Hawk's two MAC algorithms. */
export type HawkAlgorithm = "sha1" | "sha256";

/** What one request's MAC covers. */
export interface HawkArtifacts {
  ts: string;
  nonce: string;
  method: string;
  /** Path and query, as sent. */
  resource: string;
  host: string;
  port: number;
  /** Base64 payload hash, when the payload is covered. */
  hash?: string;
  ext?: string;
  app?: string;
  dlg?: string;
}

/** The normalized string the MAC signs. */
export function hawkNormalized(a: HawkArtifacts): string {
  let text = `hawk.1.header\n${a.ts}\n${a.nonce}\n${a.method.toUpperCase()}\n${a.resource}\n`;
  text += `${a.host.toLowerCase()}\n${a.port}\n${a.hash ?? ""}\n`;
  text += `${(a.ext ?? "").replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}\n`;
  if (a.app) text += `${a.app}\n${a.dlg ?? ""}\n`;
  return text;
}

/** Base64 MAC of the artifacts under `key`. */
export const hawkMac = (algorithm: HawkAlgorithm, key: string, a: HawkArtifacts): string =>
  base64(hmacBytes(algorithm, key, hawkNormalized(a)));

/** Base64 payload hash; the content type loses its parameters and is lower-cased. */
export function hawkPayloadHash(
  algorithm: HawkAlgorithm,
  contentType: string,
  payload: Data,
): string {
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return base64(hashBytes(algorithm, `hawk.1.payload\n${type}\n`, payload, "\n"));
}

const quote = (value: string) => `"${value.replace(/[\\"]/g, "\\$&")}"`;

/** `Hawk id="…", ts="…", nonce="…"[, hash="…"][, ext="…"], mac="…"[, app="…"[, dlg="…"]]`. */
export function hawkHeader(id: string, mac: string, a: HawkArtifacts): string {
  const parts = [`id=${quote(id)}`, `ts=${quote(a.ts)}`, `nonce=${quote(a.nonce)}`];
  if (a.hash) parts.push(`hash=${quote(a.hash)}`);
  if (a.ext) parts.push(`ext=${quote(a.ext)}`);
  parts.push(`mac=${quote(mac)}`);
  if (a.app) {
    parts.push(`app=${quote(a.app)}`);
    if (a.dlg) parts.push(`dlg=${quote(a.dlg)}`);
  }
  return `Hawk ${parts.join(", ")}`;
}
