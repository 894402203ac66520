/** Node's socket and DNS error codes → the Transport's SendErrorCode, with a hint. */
import type { SendError } from "../../core/http/transport";

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
]);

/** Translate an error from node:http(s) into a SendError. */
export function sendErrorOf(e: unknown, url: string): SendError {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === "string" && UNREACHABLE.has(code)) {
    return {
      code: "UNREACHABLE",
      message: `Could not reach ${url} (${code})`,
      hint: "Check the host name and port, and that the server is running",
    };
  }
  if (typeof code === "string" && code.startsWith("ERR_OSSL")) {
    return {
      code: "NETWORK",
      message: `TLS setup failed: ${message}`,
      hint: "Check the client certificate, its key and passphrase, and any extra CA (PEM text)",
    };
  }
  if (typeof code === "string" && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) {
    return {
      code: "NETWORK",
      message: `TLS error: ${message}`,
      hint: "Turn off certificate verification for self-signed servers",
    };
  }
  return { code: "NETWORK", message };
}
