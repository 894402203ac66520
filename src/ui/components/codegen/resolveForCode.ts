/**
 * The HttpRequest the code panel shows: resolved with the scopes a Send would use (globals, the
 * request's collection, the active environment), or with its `{{variables}}` left in place.
 */
import type { Deps } from "../../../core/factory";
import { templateHttpRequest } from "../../../core/codegen/template";
import { buildHttpRequest } from "../../../core/http/buildRequest";
import type { HttpRequest } from "../../../core/http/transport";
import type { Environment, Globals, Request } from "../../../core/model";
import { makeScopes } from "../../../core/variables";
import type { Ancestors } from "../../stores/ports";

/** An HttpRequest, or why there is none (e.g. the resolved URL is invalid). */
export type CodeRequest = { ok: true; http: HttpRequest } | { ok: false; message: string };

/** Turns the draft into the request the code is generated from. */
export type CodeResolver = (request: Request, resolveVariables: boolean) => Promise<CodeRequest>;

/** What the resolver reads from the app. */
export interface CodeResolverContext {
  /** The request's collection and folders, as a Send would find them. */
  ancestors: (request: Request) => Promise<Ancestors>;
  deps: Deps;
  environment: () => Environment | undefined;
  globals: () => Globals | undefined;
}

/** A resolver over the request's ancestors and the active scopes. */
export function makeCodeResolver(ctx: CodeResolverContext): CodeResolver {
  return async (request, resolveVariables) => {
    const ancestors = await ctx.ancestors(request);
    if (!resolveVariables) return { ok: true, http: templateHttpRequest(request, ancestors) };
    const scopes = makeScopes({
      globals: ctx.globals()?.variables,
      collection: ancestors.collection.variables,
      environment: ctx.environment()?.variables,
    });
    const built = buildHttpRequest(request, ancestors, scopes, ctx.deps);
    return built.ok
      ? { ok: true, http: built.value.http }
      : { ok: false, message: built.error.message };
  };
}
