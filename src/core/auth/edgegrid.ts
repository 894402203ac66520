/** edgegrid auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The edgegrid scheme. */
export const edgegrid: AuthScheme = {
  type: "edgegrid",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "edgegrid auth is not built yet" },
    }),
};
