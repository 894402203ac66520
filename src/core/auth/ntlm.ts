/**
 * NTLM auth (Postman's `ntlm`: username, password, domain, workstation, disableRetryRequest) with
 * NTLMv2 responses. The handshake (negotiate → challenge → authenticate) must stay on one
 * kept-alive connection, so the scheme hands it to the transport (SendOptions.handshake) and only
 * a transport that `supportsHandshake` can send it — `satchel run`'s, and the agent's and team
 * proxy's, which run it on their side; through fetch the request is refused with that reason
 * rather than sent without credentials.
 * @see ./ntlm/handshake.ts
 */
import { authAttribute } from "../http/auth";
import { err, ok } from "../result";
import type { NtlmCredentials } from "./ntlm/handshake";
import { makeNtlmHandshake } from "./ntlm/handshake";
import type { AuthScheme } from "./types";

/**
 * User and domain as postman-runtime reads them: with no domain given, `DOMAIN\user` and
 * `user@domain` are split (a name with both forms stays whole).
 */
export function splitUser(username: string, domain: string): { user: string; domain: string } {
  if (domain) return { user: username, domain };
  const down = username.split("\\");
  const upn = username.split("@");
  if (down.length > 1 && upn.length > 1) return { user: username, domain: "" };
  if (down.length === 2 && down[0] && down[1]) return { user: down[1], domain: down[0] };
  if (upn.length === 2 && upn[0] && upn[1]) return { user: upn[0], domain: upn[1] };
  return { user: username, domain: "" };
}

const truthy = (value: string | undefined) => value === "true" || value === "1";

/** The ntlm scheme. */
export const ntlm: AuthScheme = {
  type: "ntlm",
  needs: { connectionHandshake: true },
  apply(http, auth, ctx) {
    const get = (key: string) => authAttribute(auth, key) ?? "";
    // Newman sends the request as it is when the handshake is turned off.
    if (truthy(authAttribute(auth, "disableRetryRequest"))) {
      return Promise.resolve(ok({ http, warnings: [] }));
    }
    if (!ctx.transport?.supportsHandshake) {
      const via = ctx.transport ? ` (${ctx.transport.name})` : "";
      return Promise.resolve(
        err({
          code: "AUTH_UNSUPPORTED",
          message: `NTLM auth needs one kept-alive connection for its handshake, which this transport${via} cannot hold; the request was not sent`,
          hint: "Send it through the local agent (`npx satchel agent`) or a team proxy, run it with `satchel run`, or use Basic or Digest if the server offers them",
        }),
      );
    }
    const creds: NtlmCredentials = {
      ...splitUser(get("username"), get("domain")),
      password: get("password"),
      workstation: get("workstation"),
    };
    // The handshake sets Authorization on each leg; the first goes out without one.
    const headers = http.headers.filter(([k]) => k.toLowerCase() !== "authorization");
    return Promise.resolve(
      ok({
        http: { ...http, headers },
        warnings: [],
        handshake: makeNtlmHandshake(creds, ctx.deps),
      }),
    );
  },
};
