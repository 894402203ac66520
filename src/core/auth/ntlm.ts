/**
 * NTLM auth: not supported yet. Its handshake (negotiate → challenge → authenticate) must happen
 * on one kept-alive connection, which a browser's fetch cannot hold and Satchel's Node transport
 * does not yet pin; the request is refused with that reason rather than sent without credentials.
 */
import type { AuthScheme } from "./types";

/** The ntlm scheme: refuses with the reason. */
export const ntlm: AuthScheme = {
  type: "ntlm",
  needs: { connectionHandshake: true },
  apply: () =>
    Promise.resolve({
      ok: false,
      error: {
        code: "AUTH_UNSUPPORTED",
        message:
          "NTLM auth is not supported yet: its handshake needs one kept-alive connection, which the browser cannot hold and Satchel's agent and satchel run do not pin yet; the request was not sent",
        hint: "Use Basic or Digest if the server offers them",
      },
    }),
};
