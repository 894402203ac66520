/** awsv4 auth: placeholder until its signer lands (returns AUTH_UNSUPPORTED). */
import type { AuthScheme } from "./types";

/** The awsv4 scheme. */
export const awsv4: AuthScheme = {
  type: "awsv4",
  apply: () =>
    Promise.resolve({
      ok: false,
      error: { code: "AUTH_UNSUPPORTED", message: "awsv4 auth is not built yet" },
    }),
};
