/** digest auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The digest scheme. */
export const digest: AuthScheme = {
  type: "digest",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "digest auth is not built yet" },
    }),
};
