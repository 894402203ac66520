/** oauth2 auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The oauth2 scheme. */
export const oauth2: AuthScheme = {
  type: "oauth2",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "oauth2 auth is not built yet" },
    }),
};
