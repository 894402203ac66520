/**
 * TLS settings as node:https takes them. Certificates come as PEM text (what the agent protocol
 * carries) or, for `satchel run`, as files to read.
 */
import { readFile } from "node:fs/promises";
import { rootCertificates } from "node:tls";
import type { TlsOptions } from "../../core/http/transport";

/** PEM text, or a file holding it (command line only). */
export type PemInput = string | { path: string };

/** TLS settings of the Node transport. */
export interface NodeTlsOptions {
  verify?: boolean;
  clientCert?: PemInput;
  clientKey?: PemInput;
  passphrase?: string;
  /** Extra trusted CAs, added to Node's roots. */
  ca?: PemInput;
}

/** What goes into an https request's options (and so into its connection pool key). */
export interface ResolvedTls {
  rejectUnauthorized: boolean;
  cert?: string;
  key?: string;
  passphrase?: string;
  ca?: string[];
}

const read = async (input: PemInput | undefined): Promise<string | undefined> =>
  input === undefined
    ? undefined
    : typeof input === "string"
      ? input
      : readFile(input.path, "utf8");

/**
 * Per-send settings (PEM text) over the transport's own; rejects when a named file cannot be
 * read (the caller turns that into a SendError).
 */
export async function resolveTls(
  base: NodeTlsOptions,
  perSend: TlsOptions | undefined,
): Promise<ResolvedTls> {
  const pick = <K extends keyof NodeTlsOptions>(key: K) => perSend?.[key] ?? base[key];
  const [cert, key, ca] = await Promise.all([
    read(pick("clientCert")),
    read(pick("clientKey")),
    read(pick("ca")),
  ]);
  const out: ResolvedTls = { rejectUnauthorized: pick("verify") !== false };
  if (cert) out.cert = cert;
  if (key) out.key = key;
  const passphrase = pick("passphrase");
  if (typeof passphrase === "string") out.passphrase = passphrase;
  if (ca) out.ca = [...rootCertificates, ca];
  return out;
}
