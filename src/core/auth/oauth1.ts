/** oauth1 auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The oauth1 scheme. */
export const oauth1: AuthScheme = {
  type: "oauth1",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "oauth1 auth is not built yet" },
    }),
};
