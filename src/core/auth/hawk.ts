/** hawk auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The hawk scheme. */
export const hawk: AuthScheme = {
  type: "hawk",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "hawk auth is not built yet" },
    }),
};
