/**
 * Security schemes → auth. http basic/bearer and apiKey (header or query) map onto Postman's auth
 * types; oauth2 and openIdConnect keep their flows and URLs as oauth2 attributes; anything else
 * (mutualTLS, cookie API keys, digest) is reported and left as "no auth".
 */
import type { Auth } from "../../model";
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";

type Attr = Auth["attributes"][number];
const attr = (key: string, value: unknown): Attr => ({ key, value, type: "string" });

/** The auth for one scheme, or a warning when it has no equivalent. */
export function schemeToAuth(name: string, scheme: Json): Auth | string {
  const type = String(scheme.type ?? "");
  if (type === "http" || type === "basic") {
    const s = String(scheme.scheme ?? "basic").toLowerCase();
    if (s === "basic") {
      return { type: "basic", attributes: [attr("username", ""), attr("password", "")] };
    }
    if (s === "bearer") return { type: "bearer", attributes: [attr("token", "{{bearerToken}}")] };
    return `Security scheme "${name}" uses HTTP "${s}", which is not imported.`;
  }
  if (type === "apiKey") {
    const where = String(scheme.in ?? "header");
    if (where !== "header" && where !== "query") {
      return `Security scheme "${name}" sends its key in a ${where}, which is not imported.`;
    }
    return {
      type: "apikey",
      attributes: [
        attr("key", String(scheme.name ?? "")),
        attr("value", "{{apiKey}}"),
        attr("in", where),
      ],
    };
  }
  if (type === "oauth2" || type === "openIdConnect") {
    const attributes: Attr[] = [attr("addTokenTo", "header")];
    if (typeof scheme.openIdConnectUrl === "string") {
      attributes.push(attr("openIdConnectUrl", scheme.openIdConnectUrl));
    }
    const flows = isObj(scheme.flows) ? scheme.flows : {};
    const flow2 = typeof scheme.flow === "string" ? scheme.flow : undefined;
    const [flowName, flow] = flow2 ? [flow2, scheme] : (Object.entries(flows)[0] ?? []);
    if (flowName && isObj(flow)) {
      attributes.push(attr("grant_type", flowName));
      if (typeof flow.authorizationUrl === "string")
        attributes.push(attr("authUrl", flow.authorizationUrl));
      if (typeof flow.tokenUrl === "string") attributes.push(attr("accessTokenUrl", flow.tokenUrl));
      if (isObj(flow.scopes)) attributes.push(attr("scope", Object.keys(flow.scopes).join(" ")));
    }
    return { type: "oauth2", attributes };
  }
  return `Security scheme "${name}" of type "${type}" is not imported.`;
}

/**
 * The auth for a security requirement list (the first requirement whose first scheme maps),
 * or undefined when there is none. `schemes` is components.securitySchemes / securityDefinitions.
 */
export function requirementAuth(
  security: unknown,
  schemes: Json,
  resolver: Resolver,
  warn: (w: string) => void,
): Auth | undefined {
  if (!Array.isArray(security)) return undefined;
  if (security.length === 0) return { type: "noauth", attributes: [] };
  for (const req of security) {
    if (!isObj(req)) continue;
    const names = Object.keys(req);
    if (names.length === 0) return { type: "noauth", attributes: [] };
    const name = names[0] ?? "";
    const scheme = resolver.deref(schemes[name]);
    if (!scheme) continue;
    const auth = schemeToAuth(name, scheme);
    if (typeof auth === "string") warn(auth);
    else return auth;
  }
  return undefined;
}
