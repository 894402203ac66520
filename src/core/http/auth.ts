/**
 * Auth: which auth applies (inheritance) and applying the simple kinds (basic, bearer, API key)
 * while the request is built, with Postman's header/query replacement rules. Every other type is
 * signed after building, asynchronously, by its scheme in src/core/auth.
 */
import type { Auth, Collection, Folder } from "../model";
import { base64Utf8 } from "./base64";
import type { HttpRequest } from "./transport";
import { splitUrl, joinUrl } from "./url";

/** The request's ancestors, collection plus folders from outer to inner. */
export interface Ancestors {
  collection: Collection;
  folders: readonly Folder[];
}

/**
 * The auth that applies to a request: its own unless `inherit`, else the innermost folder whose
 * auth is not `inherit`, else the collection's. `noauth` anywhere on that path stops the search.
 */
export function effectiveAuth(own: Auth, ancestors: Ancestors): Auth {
  if (own.type !== "inherit") return own;
  for (const folder of [...ancestors.folders].reverse()) {
    if (folder.auth.type !== "inherit") return folder.auth;
  }
  const top = ancestors.collection.auth;
  return top.type === "inherit" ? { type: "noauth", attributes: [] } : top;
}

/** Resolve every string attribute of `auth` with `resolve` ({{variables}}). */
export function resolveAuth(auth: Auth, resolve: (text: string) => string): Auth {
  return {
    ...auth,
    attributes: auth.attributes.map((a) => ({
      ...a,
      value: typeof a.value === "string" ? resolve(a.value) : a.value,
    })),
  };
}

/** An auth attribute as text (`undefined` when absent or not a primitive). */
export function authAttribute(auth: Auth, key: string): string | undefined {
  const value = auth.attributes.find((a) => a.key === key)?.value;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

const withoutHeader = (headers: [string, string][], name: string) =>
  headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase());

/** Replace query param `key` (exact match, as Postman does) with `key=value`. */
function setQueryParam(url: string, key: string, value: string): string {
  const parts = splitUrl(url);
  const kept = (parts.query ?? "")
    .split("&")
    .filter(
      (seg) => seg !== "" && (seg.includes("=") ? seg.slice(0, seg.indexOf("=")) : seg) !== key,
    );
  parts.query = [...kept, `${encodeURIComponent(key)}=${encodeURIComponent(value)}`].join("&");
  return joinUrl(parts);
}

/** The result of applying a simple auth. */
export interface AppliedAuth {
  http: HttpRequest;
}

/**
 * Apply an already-resolved simple auth to a request. Basic and bearer replace any Authorization
 * header; an API key replaces a header of the same name (case-insensitive) or query param (exact).
 * Other types leave the request alone here: `authorize` (src/core/auth) signs them.
 */
export function applyAuth(http: HttpRequest, auth: Auth): AppliedAuth {
  switch (auth.type) {
    case "inherit":
    case "noauth":
      return { http };
    case "basic": {
      const user = authAttribute(auth, "username") ?? "";
      const pass = authAttribute(auth, "password") ?? "";
      const headers = withoutHeader(http.headers, "Authorization");
      headers.push(["Authorization", `Basic ${base64Utf8(`${user}:${pass}`)}`]);
      return { http: { ...http, headers } };
    }
    case "bearer": {
      const token = authAttribute(auth, "token");
      if (!token) return { http };
      const headers = withoutHeader(http.headers, "Authorization");
      headers.push(["Authorization", `Bearer ${token}`]);
      return { http: { ...http, headers } };
    }
    case "apikey": {
      const key = authAttribute(auth, "key") ?? "";
      const value = authAttribute(auth, "value") ?? "";
      if (!key && !value) return { http };
      if (authAttribute(auth, "in") === "query") {
        return { http: { ...http, url: setQueryParam(http.url, key, value) } };
      }
      return { http: { ...http, headers: [...withoutHeader(http.headers, key), [key, value]] } };
    }
    default:
      return { http };
  }
}
