/**
 * Servers: the operation's own, else its path item's, else the document's (else `/`); for
 * Swagger 2.0, one per scheme from host + basePath (no host or no schemes: the ones the spec was
 * fetched from). A server URL is made concrete by substituting its variables (default when not
 * chosen; an enum limits the choice) and resolving it against the spec's own URL.
 * @see https://spec.openapis.org/oas/v3.1.1#server-object
 * @see https://swagger.io/specification/v2/#swagger-object (host, basePath, schemes)
 */
import type { Json } from "../import/openapi/refs";
import { isObj } from "../import/openapi/refs";
import { resolveLocation } from "../import/openapi/locations";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { TryItServer, TryItServerVariable } from "./types";

const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);

function toServer(node: Json): TryItServer {
  const variables: Record<string, TryItServerVariable> = {};
  for (const [name, def] of Object.entries(isObj(node.variables) ? node.variables : {})) {
    if (!isObj(def)) continue;
    const choices = strings(def.enum);
    variables[name] = {
      default: def.default === undefined ? (choices?.[0] ?? "") : String(def.default),
      ...(choices ? { enum: choices } : {}),
      ...(typeof def.description === "string" ? { description: def.description } : {}),
    };
  }
  return {
    url: String(node.url),
    ...(typeof node.description === "string" ? { description: node.description } : {}),
    variables,
  };
}

const serverList = (v: unknown) =>
  Array.isArray(v) ? v.filter((s): s is Json => isObj(s) && typeof s.url === "string") : [];

/** The servers of a 3.x operation: operation > path item > document > `/`. */
export function operationServers(op: Json, item: Json, doc: Json): TryItServer[] {
  for (const level of [op.servers, item.servers, doc.servers]) {
    const list = serverList(level);
    if (list.length) return list.map(toServer);
  }
  return [{ url: "/", variables: {} }];
}

/** The servers of a 2.0 document: one per scheme, https first (`//host/base` when none). */
export function swagger2ServerList(doc: Json): TryItServer[] {
  const host = typeof doc.host === "string" ? doc.host : "";
  const base = typeof doc.basePath === "string" && doc.basePath !== "/" ? doc.basePath : "";
  if (!host) return [{ url: base || "/", variables: {} }];
  // https first: a docs page on https cannot call http (mixed content).
  const schemes = (strings(doc.schemes) ?? [])
    .filter((s) => /^(https?|wss?)$/i.test(s))
    .sort((a, b) => Number(/s$/i.test(b)) - Number(/s$/i.test(a)));
  if (!schemes.length) return [{ url: `//${host}${base}`, variables: {} }];
  return schemes.map((s) => ({ url: `${s}://${host}${base}`, variables: {} }));
}

/**
 * The concrete URL of `server` (without a trailing `/`): each `{variable}` replaced by its value
 * in `values` or its default; a relative URL resolved against `specUrl` when given.
 * INVALID_SERVER_VARIABLE for a value outside the variable's enum or a variable not declared.
 */
export function serverUrl(
  server: TryItServer,
  values: Record<string, string> = {},
  specUrl?: string,
): Result<string> {
  let problem: string | undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const def = server.variables[name];
    const value = values[name] ?? def?.default;
    if (value === undefined) problem ??= `The server variable "${name}" is not declared.`;
    else if (def?.enum && !def.enum.includes(value)) {
      problem ??= `"${value}" is not allowed for the server variable "${name}".`;
    }
    return value ?? "";
  });
  if (problem) {
    const choices = Object.entries(server.variables).filter(([, d]) => d.enum);
    return err({
      code: "INVALID_SERVER_VARIABLE",
      message: problem,
      at: server.url,
      ...(choices.length
        ? { hint: choices.map(([n, d]) => `${n}: one of ${d.enum?.join(", ")}`).join("; ") }
        : {}),
    });
  }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
  const resolved = absolute || !specUrl ? url : resolveLocation(url, specUrl);
  return ok(resolved.replace(/\/+$/, ""));
}
