/** Titles naming why a send failed (or what a warning beside a response is about), one per code. */
import type { SendErrorCode } from "../../../core/http/transport";

/** The headline shown above a send error's message and hint. */
export const ERROR_TITLES: Record<SendErrorCode, string> = {
  CORS_BLOCKED: "Blocked by CORS",
  UNREACHABLE: "Server unreachable",
  MIXED_CONTENT: "Mixed content blocked",
  TIMEOUT: "Timed out",
  CANCELLED: "Cancelled",
  FORBIDDEN_HEADER: "Header not allowed by the browser",
  BODY_NOT_SENT: "Body not sent",
  INVALID_URL: "Invalid URL",
  NETWORK: "Network error",
};
