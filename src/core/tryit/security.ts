/**
 * Security requirements → the inputs a reader fills in. The operation's `security` overrides
 * the document's; the list holds alternatives (any one), each naming schemes (all of them).
 * A scheme we cannot apply from a browser (mutualTLS, HTTP schemes other than Basic and Bearer)
 * makes its alternative unsatisfiable; the first satisfiable one is chosen.
 * @see https://spec.openapis.org/oas/v3.1.1#security-requirement-object
 * @see https://spec.openapis.org/oas/v3.1.1#security-scheme-object
 * @see https://swagger.io/specification/v2/#security-scheme-object
 */
import type { Json } from "../import/openapi/refs";
import { isObj } from "../import/openapi/refs";
import type { OpenedDocument } from "./document";
import type { AuthInput, OAuthFlow } from "./securityTypes";
import type { SecurityPlan } from "./types";

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
/** Swagger 2.0 flow names → 3.x. */
const FLOW_NAMES: Record<string, OAuthFlow["type"]> = {
  implicit: "implicit",
  password: "password",
  application: "clientCredentials",
  accessCode: "authorizationCode",
  clientCredentials: "clientCredentials",
  authorizationCode: "authorizationCode",
};

function flowOf(type: OAuthFlow["type"], f: Json): OAuthFlow {
  const scopes = isObj(f.scopes) ? Object.entries(f.scopes) : [];
  return {
    type,
    ...(str(f.authorizationUrl) ? { authorizationUrl: str(f.authorizationUrl) } : {}),
    ...(str(f.tokenUrl) ? { tokenUrl: str(f.tokenUrl) } : {}),
    ...(str(f.refreshUrl) ? { refreshUrl: str(f.refreshUrl) } : {}),
    scopes: Object.fromEntries(scopes.map(([k, v]) => [k, String(v ?? "")])),
    pkce: type === "authorizationCode",
  };
}

/** The inputs for one scheme, or why it cannot be applied. */
export function schemeInput(name: string, s: Json, scopes: string[]): AuthInput | string {
  const base = { scheme: name, ...(str(s.description) ? { description: str(s.description) } : {}) };
  const type = String(s.type);
  if (type === "apiKey") {
    const where = String(s.in);
    if (where !== "header" && where !== "query" && where !== "cookie") {
      return `Security scheme "${name}" puts its key in "${where}", which is not a place for one.`;
    }
    return { ...base, kind: "apiKey", in: where, name: String(s.name ?? "") };
  }
  if (type === "basic") return { ...base, kind: "basic" };
  if (type === "http") {
    const scheme = String(s.scheme ?? "").toLowerCase();
    if (scheme === "basic") return { ...base, kind: "basic" };
    if (scheme === "bearer") {
      return {
        ...base,
        kind: "bearer",
        ...(str(s.bearerFormat) ? { bearerFormat: str(s.bearerFormat) } : {}),
      };
    }
    return `Security scheme "${name}" uses HTTP "${scheme}", which a try-it panel cannot send.`;
  }
  if (type === "oauth2") {
    const flows: OAuthFlow[] = [];
    const declared = isObj(s.flows) ? Object.entries(s.flows) : [[String(s.flow), s] as const];
    for (const [flowName, f] of declared) {
      const known = FLOW_NAMES[flowName];
      if (known && isObj(f)) flows.push(flowOf(known, f));
    }
    return { ...base, kind: "oauth2", flows, scopes };
  }
  if (type === "openIdConnect" && str(s.openIdConnectUrl)) {
    return { ...base, kind: "openIdConnect", openIdConnectUrl: String(s.openIdConnectUrl), scopes };
  }
  return `Security scheme "${name}" of type "${type}" cannot be sent from a try-it panel.`;
}

/** The plan for an operation: its own `security`, else the document's. */
export function securityPlan(op: Json, opened: OpenedDocument): SecurityPlan {
  const requirements = Array.isArray(op.security) ? op.security : opened.doc.security;
  const plan: SecurityPlan = { alternatives: [], optional: true, problems: [] };
  if (!Array.isArray(requirements) || requirements.length === 0) return plan;
  plan.optional = false;
  for (const req of requirements) {
    if (!isObj(req)) continue;
    const names = Object.keys(req);
    if (names.length === 0) {
      plan.optional = true;
      continue;
    }
    const inputs: AuthInput[] = [];
    let satisfiable = true;
    for (const name of names) {
      const scheme = opened.resolver.deref(opened.schemes[name]);
      const scopes = Array.isArray(req[name]) ? req[name].map(String) : [];
      const input = scheme
        ? schemeInput(name, scheme, scopes)
        : `No security scheme "${name}" is declared.`;
      if (typeof input === "string") {
        satisfiable = false;
        if (!plan.problems.includes(input)) plan.problems.push(input);
      } else inputs.push(input);
    }
    if (satisfiable && plan.chosen === undefined) plan.chosen = plan.alternatives.length;
    plan.alternatives.push({ inputs, satisfiable });
  }
  return plan;
}
