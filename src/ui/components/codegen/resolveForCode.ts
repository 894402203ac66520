/**
 * The HttpRequest the code panel shows: resolved with the scopes a Send would use (globals, the
 * request's collection, the active environment), or with its `{{variables}}` left in place.
 * Resolved code carries the signed auth too (Digest, OAuth 1.0, AWS, Hawk, JWT…); when signing
 * fails the code is still generated, without it, and a note says why.
 */
import { SIMPLE_AUTH, authorize, schemeFor } from "../../../core/auth";
import type { OAuth2TokenStore } from "../../../core/auth/types";
import type { Deps } from "../../../core/factory";
import { templateHttpRequest } from "../../../core/codegen/template";
import { effectiveAuth } from "../../../core/http/auth";
import { buildHttpRequest } from "../../../core/http/buildRequest";
import type { HttpRequest } from "../../../core/http/transport";
import type { AuthType, Environment, Globals, Request } from "../../../core/model";
import { makeScopes } from "../../../core/variables";
import type { Ancestors as StoreAncestors } from "../../stores/ports";
import { AUTH_CHOICES, editorType } from "../request/auth/authTypes";

/**
 * An HttpRequest, or why there is none (e.g. the resolved URL is invalid). `notes` are what the
 * user should know about the code (auth that could not be signed into it).
 */
export type CodeRequest =
  { ok: true; http: HttpRequest; notes?: string[] } | { ok: false; message: string };

/** Turns the draft into the request the code is generated from. */
export type CodeResolver = (request: Request, resolveVariables: boolean) => Promise<CodeRequest>;

/** What the resolver reads from the app. */
export interface CodeResolverContext {
  /** The request's collection and folders, as a Send would find them. */
  ancestors: (request: Request) => Promise<StoreAncestors>;
  deps: Deps;
  environment: () => Environment | undefined;
  globals: () => Globals | undefined;
  /**
   * Stored OAuth 2.0 tokens, read for the request's collection. Code generation passes no
   * transport, so it never refreshes a token or sends anything.
   */
  oauth2Tokens?: OAuth2TokenStore;
}

/** "Digest", "AWS Signature": the type's name on the Auth tab. */
function authLabel(type: AuthType): string {
  return AUTH_CHOICES.find(([t]) => t === editorType(type))?.[1] ?? type;
}

/** A resolver over the request's ancestors and the active scopes. */
export function makeCodeResolver(ctx: CodeResolverContext): CodeResolver {
  return async (request, resolveVariables) => {
    const ancestors = await ctx.ancestors(request);
    if (!resolveVariables) {
      const http = templateHttpRequest(request, ancestors);
      const type = effectiveAuth(request.auth, ancestors).type;
      if (SIMPLE_AUTH.has(type)) return { ok: true, http };
      const why = (await schemeFor(type))
        ? `it is signed with the variables' values: turn on "Resolve variables" to include it.`
        : "Satchel cannot sign it.";
      return { ok: true, http, notes: [`The code has no ${authLabel(type)} auth: ${why}`] };
    }
    const scopes = makeScopes({
      globals: ctx.globals()?.variables,
      collection: ancestors.collection.variables,
      environment: ctx.environment()?.variables,
    });
    const built = buildHttpRequest(request, ancestors, scopes, ctx.deps);
    if (!built.ok) return { ok: false, message: built.error.message };
    const { auth, http: unsigned } = built.value;
    if (SIMPLE_AUTH.has(auth.type)) return { ok: true, http: unsigned };
    const label = authLabel(auth.type);
    if (!(await schemeFor(auth.type))) {
      return {
        ok: true,
        http: unsigned,
        notes: [`The code has no ${label} auth: Satchel cannot sign it.`],
      };
    }
    const tokens = ctx.oauth2Tokens
      ? { tokens: { store: ctx.oauth2Tokens, owner: ancestors.collection.id } }
      : {};
    const signed = await authorize(unsigned, auth, { ...tokens, deps: ctx.deps });
    if (!signed.ok) {
      const note = `The code has no ${label} auth: ${signed.error.message}`;
      return { ok: true, http: unsigned, notes: [note] };
    }
    const { http, warnings } = signed.value;
    return warnings.length ? { ok: true, http, notes: warnings } : { ok: true, http };
  };
}
