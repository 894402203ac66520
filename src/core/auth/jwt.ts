/** jwt auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The jwt scheme. */
export const jwt: AuthScheme = {
  type: "jwt",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "jwt auth is not built yet" },
    }),
};
