/**
 * Servers → collection variables: `baseUrl` holds the first server's URL with its variables as
 * `{{name}}`, and each server variable becomes a variable with its default. Swagger 2.0's
 * host/basePath/schemes are turned into one server first.
 */
import type { Variable } from "../../model";
import type { Json } from "./refs";
import { isObj } from "./refs";

const variable = (key: string, value: string, description?: string): Variable => ({
  key,
  value,
  type: "string",
  enabled: true,
  ...(description ? { description } : {}),
});

/** The collection variables for a 3.x `servers` list (relative or missing → "/"). */
export function serverVariables(servers: unknown): Variable[] {
  const first = Array.isArray(servers) ? servers.find(isObj) : undefined;
  const url = typeof first?.url === "string" ? first.url : "/";
  const vars: Variable[] = [variable("baseUrl", url.replace(/\{([^}]+)\}/g, "{{$1}}"))];
  const defs = isObj(first?.variables) ? first.variables : {};
  for (const [name, def] of Object.entries(defs)) {
    if (!isObj(def)) continue;
    const choices = Array.isArray(def.enum) ? ` (one of: ${def.enum.join(", ")})` : "";
    const desc = `${typeof def.description === "string" ? def.description : ""}${choices}`.trim();
    vars.push(variable(name, def.default === undefined ? "" : String(def.default), desc));
  }
  return vars;
}

/** A 3.x-style servers list from Swagger 2.0's `schemes`, `host` and `basePath`. */
export function swagger2Servers(doc: Json): Json[] {
  const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
  const scheme = schemes.includes("https") ? "https" : (schemes[0] as string | undefined);
  const host = typeof doc.host === "string" ? doc.host : "";
  const base = typeof doc.basePath === "string" ? doc.basePath : "";
  if (!host) return [{ url: base || "/" }];
  return [{ url: `${scheme ?? "https"}://${host}${base === "/" ? "" : base}` }];
}

/**
 * The base URL for one operation when it (or its path item) declares its own `servers`, which
 * override the root's for that operation: the first server's URL, each `{var}` replaced by its
 * default (`{{var}}` when it has none), a trailing `/` dropped. Undefined when neither has any.
 */
export function operationBase(opServers: unknown, pathServers: unknown): string | undefined {
  const pick = (servers: unknown) =>
    Array.isArray(servers) ? servers.find((s) => isObj(s) && typeof s.url === "string") : undefined;
  const server = (pick(opServers) ?? pick(pathServers)) as Json | undefined;
  if (!server) return undefined;
  const defs = isObj(server.variables) ? server.variables : {};
  return String(server.url)
    .replace(/\{([^}]+)\}/g, (_, name: string) => {
      const def = defs[name];
      return isObj(def) && def.default !== undefined ? String(def.default) : `{{${name}}}`;
    })
    .replace(/\/$/, "");
}
