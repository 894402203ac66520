/**
 * NTLM over HTTP (MS-NTHT) as a connection handshake, in postman-runtime's order: the request
 * first goes out without credentials; a `401`/`403` that offers NTLM (or Negotiate) is answered
 * with a NEGOTIATE_MESSAGE, the server's CHALLENGE_MESSAGE with an AUTHENTICATE_MESSAGE carrying
 * the NTLMv2 response, all on one connection; the response to that is the answer.
 * @see https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-ntht/
 */
import type { Deps } from "../../factory";
import type { ConnectionHandshake } from "../../http/transport";
import { base64, randomBytes } from "../bytes";
import { agreedFlags, authenticateMessage, negotiateMessage, parseChallenge } from "./messages";
import { fileTime, ntlmv2Responses, ntowfv2 } from "./responses";

/** Who authenticates. */
export interface NtlmCredentials {
  user: string;
  password: string;
  domain: string;
  workstation: string;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Bytes of standard base64 `text` (padding optional), or undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, "");
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The WWW-Authenticate challenges of a response, one per comma-separated item. */
function challenges(headers: [string, string][]): string[] {
  return headers
    .filter(([k]) => k.toLowerCase() === "www-authenticate")
    .flatMap(([, v]) => v.split(","))
    .map((c) => c.trim());
}

const offersNtlm = (headers: [string, string][]) =>
  challenges(headers).some((c) => /^(ntlm|negotiate)(\s|$)/i.test(c));

/** The base64 token of the first `NTLM <token>` challenge. */
const ntlmToken = (headers: [string, string][]) =>
  challenges(headers)
    .map((c) => /^ntlm\s+(\S+)$/i.exec(c)?.[1])
    .find((t) => t !== undefined);

/** The AUTHENTICATE_MESSAGE answering `token`, or why it cannot be built. */
export function authenticate(
  token: string,
  creds: NtlmCredentials,
  deps: Deps,
): Uint8Array | string {
  const bytes = decodeBase64(token);
  if (!bytes) return "the server's NTLM challenge is not base64";
  const challenge = parseChallenge(bytes);
  if (typeof challenge === "string") return challenge;
  const v2 = ntlmv2Responses({
    key: ntowfv2(creds.password, creds.user, creds.domain),
    serverChallenge: challenge.serverChallenge,
    clientChallenge: randomBytes(deps.random.next, 8),
    timestamp: challenge.timestamp ?? fileTime(deps.clock.now()),
    targetInfo: challenge.targetInfo,
  });
  return authenticateMessage({
    flags: agreedFlags(challenge.flags),
    // MS-NLMP §3.1.5.1.2: with the server's timestamp, LMv2 is left out (Z(24)).
    lmResponse: challenge.timestamp ? new Uint8Array(24) : v2.lmResponse,
    ntResponse: v2.ntResponse,
    domain: creds.domain,
    user: creds.user,
    workstation: creds.workstation,
  });
}

/** A fresh handshake for one send (each send authenticates its own connection). */
export function makeNtlmHandshake(creds: NtlmCredentials, deps: Deps): ConnectionHandshake {
  let step: "plain" | "negotiated" | "authenticated" = "plain";
  return {
    spec: { scheme: "ntlm", ...creds },
    start: () => {
      step = "plain";
      return undefined;
    },
    answer: ({ status, headers }) => {
      if (status !== 401 && status !== 403) return undefined;
      if (step === "plain") {
        if (!offersNtlm(headers)) return undefined;
        step = "negotiated";
        return `NTLM ${base64(negotiateMessage())}`;
      }
      if (step === "negotiated") {
        const token = ntlmToken(headers);
        if (!token) {
          return {
            error:
              "The server did not answer NTLM's negotiate message with a challenge (WWW-Authenticate: NTLM <challenge>)",
          };
        }
        const message = authenticate(token, creds, deps);
        if (typeof message === "string") return { error: `NTLM auth failed: ${message}` };
        step = "authenticated";
        return `NTLM ${base64(message)}`;
      }
      return undefined;
    },
  };
}
