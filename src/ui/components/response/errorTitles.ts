/** Titles naming why a send failed, one per SendError code. */
import type { SendErrorCode } from "../../../core/http/transport";

/** The headline shown above a send error's message and hint. */
export const ERROR_TITLES: Record<SendErrorCode, string> = {
  CORS_BLOCKED: "Blocked by CORS",
  UNREACHABLE: "Server unreachable",
  MIXED_CONTENT: "Mixed content blocked",
  TIMEOUT: "Timed out",
  CANCELLED: "Cancelled",
  FORBIDDEN_HEADER: "Header not allowed by the browser",
  INVALID_URL: "Invalid URL",
  NETWORK: "Network error",
};
