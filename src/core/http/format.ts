/**
 * Small display helpers for responses: sizes, reason phrases, content kinds. Durations have their
 * own module, ../format/duration.
 */

/** `512 B`, `1.5 KB`, `2.25 MB` (1024-based, as browsers' dev tools show). */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return "0 B";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  return `${Number(value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0))} ${units[unit]}`;
}

const REASONS: Record<number, string> = {
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non-Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi-Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  305: "Use Proxy",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a teapot",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  510: "Not Extended",
  511: "Network Authentication Required",
};

/** The standard reason phrase for a status code, or "" when it has none. */
export const statusText = (code: number): string => REASONS[code] ?? "";

/** How a response body should be shown. */
export type ContentKind = "json" | "xml" | "html" | "image" | "pdf" | "text" | "binary";

/** The kind of body a Content-Type header announces (case-insensitive; absent means text). */
export function contentKind(headers: readonly [string, string][]): ContentKind {
  const header = headers.find(([k]) => k.toLowerCase() === "content-type");
  const type = (header?.[1] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "") return "text";
  if (type.endsWith("/json") || type.endsWith("+json")) return "json";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type.endsWith("/xml") || type.endsWith("+xml"))
    return type === "image/svg+xml" ? "image" : "xml";
  if (type.startsWith("image/")) return "image";
  if (type === "application/pdf") return "pdf";
  if (
    type.startsWith("text/") ||
    [
      "application/javascript",
      "application/ecmascript",
      "application/x-www-form-urlencoded",
      "application/graphql",
      "application/yaml",
      "application/x-yaml",
    ].includes(type)
  ) {
    return "text";
  }
  return "binary";
}
