/** ntlm auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The ntlm scheme. */
export const ntlm: AuthScheme = {
  type: "ntlm",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "ntlm auth is not built yet" },
    }),
};
