/**
 * The `<satchel-try-it>` attributes read into one plain record (the README's "Try-it panels for
 * API docs" lists them for docs authors).
 */
import type { AuthValue } from "../../core/tryit/securityTypes";

/** Parts a docs author may hide with `hide="…"`. */
export const HIDEABLE = ["servers", "params", "body", "auth", "code", "response", "open"] as const;
/** One hideable part. */
export type HideablePart = (typeof HIDEABLE)[number];

/** Where the panel's request comes from. */
export type PanelSource =
  | { kind: "spec"; url?: string; text?: string; operation: string }
  | { kind: "postman"; json: string }
  | { kind: "curl"; command: string }
  | { kind: "none" };

/** Everything the attributes say. */
export interface PanelOptions {
  source: PanelSource;
  /** A server URL, or the index of one of the operation's servers. */
  server?: string;
  proxyUrl?: string;
  /** Offer "use a running Satchel agent". */
  agent: boolean;
  /** Preset credentials by security scheme name. */
  auth: Record<string, AuthValue>;
  theme: "light" | "dark" | "auto";
  hide: Set<HideablePart>;
  compact: boolean;
  appUrl: string;
  /** Where the OAuth 2.0 authorization server sends the reader back (default: this page). */
  oauth2RedirectUrl?: string;
}

/** The attributes the element watches. */
export const OBSERVED = [
  "spec-url",
  "spec",
  "operation",
  "request",
  "curl",
  "server",
  "proxy-url",
  "agent",
  "auth",
  "theme",
  "hide",
  "compact",
  "app-url",
  "oauth2-redirect-url",
] as const;

/** The default target of "Open in Satchel". */
export const DEFAULT_APP_URL = "https://satchel.app/";

/** Preset credentials: `{"scheme": "token"}` or `{"scheme": {"username": …}}`; junk is ignored. */
export function parseAuth(text: string | null): Record<string, AuthValue> {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, AuthValue> = {};
  for (const [scheme, value] of Object.entries(raw as Record<string, unknown>)) {
    if (scheme === "__proto__") continue;
    if (typeof value === "string") out[scheme] = { value };
    else if (typeof value === "object" && value !== null) {
      const v = value as Record<string, unknown>;
      const pick = (k: string) => (typeof v[k] === "string" ? { [k]: v[k] as string } : {});
      out[scheme] = { ...pick("value"), ...pick("username"), ...pick("password") };
    }
  }
  return out;
}

/** Reads the options from `get` (an element's getAttribute). */
export function readOptions(get: (name: string) => string | null): PanelOptions {
  const has = (name: string) => get(name) !== null && get(name) !== "false";
  const specUrl = get("spec-url");
  const spec = get("spec");
  const request = get("request");
  const curl = get("curl");
  const operation = get("operation") ?? "";
  const source: PanelSource =
    specUrl || spec
      ? {
          kind: "spec",
          operation,
          ...(specUrl ? { url: specUrl } : {}),
          ...(spec && !specUrl ? { text: spec } : {}),
        }
      : request
        ? { kind: "postman", json: request }
        : curl
          ? { kind: "curl", command: curl }
          : { kind: "none" };
  const theme = get("theme");
  const hide = new Set<HideablePart>();
  for (const word of (get("hide") ?? "").split(/\s+/)) {
    if ((HIDEABLE as readonly string[]).includes(word)) hide.add(word as HideablePart);
  }
  const opt = (name: string) => {
    const v = get(name);
    return v ? v : undefined;
  };
  const server = opt("server");
  const proxyUrl = opt("proxy-url");
  const redirect = opt("oauth2-redirect-url");
  return {
    source,
    ...(server ? { server } : {}),
    ...(proxyUrl ? { proxyUrl } : {}),
    agent: has("agent"),
    auth: parseAuth(get("auth")),
    theme: theme === "dark" || theme === "light" ? theme : "auto",
    hide,
    compact: has("compact"),
    appUrl: opt("app-url") ?? DEFAULT_APP_URL,
    ...(redirect ? { oauth2RedirectUrl: redirect } : {}),
  };
}
