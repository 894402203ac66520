/**
 * The one request pipeline: pre-request scripts (collection → folders → request), resolve and
 * build, send, test scripts (same order). Used by the Send button, the runner and the CLI.
 * @see ../shared/ARCHITECTURE.md (the team folder beside the project root)
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Order of work for one request)
 */
import { authorize } from "../auth";
import { effectiveAuth } from "../http/auth";
import { buildHttpRequest } from "../http/buildRequest";
import type { AuthContext } from "../auth/types";
import type { HttpRequest, SendOptions, SendResult } from "../http/transport";
import type { Scripts } from "../model";
import type { SandboxContext, SandboxResult, ScriptKind, ScriptSource } from "../sandbox/types";
import type { VariableScopes } from "../variables/scopes";
import { addJarCookies, applyCookieChanges, cookieContext, keepResponseCookies } from "./cookies";
import { sendWithAuth } from "./sendWithAuth";
import {
  profileSendOptions,
  pruneBody,
  redirectCookies,
  resolveProtocolProfile,
} from "./protocolProfile";
import { scriptDescription, scriptRequestId } from "../sandbox/requestInfo";
import { applyScriptChanges, templateHttpRequest } from "./scriptRequest";
import type { ItemResult, PipelineEvent, RunItemInput, ScriptOwner } from "./types";

/**
 * The non-empty scripts of one kind, outermost first; an item with several events of one kind
 * (`Scripts.more`) runs each as its own script, in order, as Newman does.
 */
export function scriptsFor(kind: ScriptKind, input: RunItemInput): ScriptSource[] {
  const { collection, folders } = input.ancestors;
  const sources = (location: string, s: Scripts): ScriptSource[] =>
    [s[kind], ...(s.more?.[kind] ?? [])].map((code) => ({ location, code }));
  const all: ScriptSource[] = [
    ...sources("collection", collection.scripts),
    ...folders.flatMap((f) => sources(`folder:${f.name}`, f.scripts)),
    ...sources("request", input.request.scripts),
  ];
  return all.filter((s) => s.code.trim() !== "");
}

/** Whose scripts these are (see {@link scriptsFor}'s locations), one entry per owner, in order. */
export function scriptOwners(scripts: ScriptSource[], input: RunItemInput): ScriptOwner[] {
  const owners: ScriptOwner[] = [];
  for (const { location } of scripts) {
    const owner: ScriptOwner = location.startsWith("folder:")
      ? { level: "folder", name: location.slice("folder:".length) }
      : location === "collection"
        ? { level: "collection", name: input.ancestors.collection.name }
        : { level: "request", name: input.request.name };
    const last = owners[owners.length - 1];
    if (last?.level !== owner.level || last.name !== owner.name) owners.push(owner);
  }
  return owners;
}

/** Scopes after a stage: the sandbox may report only the scopes it changed. */
function mergeScopes(
  before: VariableScopes,
  after: Partial<VariableScopes> | undefined,
): VariableScopes {
  return {
    globals: after?.globals ?? before.globals,
    collection: after?.collection ?? before.collection,
    environment: after?.environment ?? before.environment,
    data: after?.data ?? before.data,
    local: after?.local ?? before.local,
  };
}

/** A sandbox call that failed as infrastructure (threw) yields undefined. */
async function safeRun(run: () => Promise<SandboxResult>): Promise<SandboxResult | undefined> {
  try {
    return await run();
  } catch {
    return undefined;
  }
}

/** Transports should return errors as data; a throw becomes a NETWORK error all the same. */
async function sendSafely(
  input: RunItemInput,
  http: HttpRequest,
  options: SendOptions,
): Promise<SendResult> {
  try {
    return await input.transport.send(http, options);
  } catch (e) {
    return {
      ok: false,
      error: { code: "NETWORK", message: e instanceof Error ? e.message : String(e) },
    };
  }
}

/** What auth schemes may use: the clock and randomness, the transport, stored OAuth 2.0 tokens. */
function authContext(input: RunItemInput): AuthContext {
  const ctx: AuthContext = { deps: input.deps, transport: input.transport };
  if (input.oauth2Tokens) {
    ctx.tokens = { store: input.oauth2Tokens, owner: input.ancestors.collection.id };
  }
  return ctx;
}

/** Run one item through the pipeline, reporting progress through `emit`. Never throws for user input. */
export async function runItem(
  input: RunItemInput,
  emit: (event: PipelineEvent) => void = () => {},
): Promise<ItemResult> {
  const { request, ancestors, sandbox, deps, cookies } = input;
  const out: ItemResult = {
    assertions: [],
    console: [],
    scopes: input.scopes,
    skipped: false,
    errors: [],
    unresolved: [],
    warnings: [],
  };
  const finish = () => {
    emit({ type: "done", result: out });
    return out;
  };

  const runStage = async (
    kind: ScriptKind,
    http: HttpRequest,
    response?: SandboxContext["response"],
  ) => {
    const scripts = sandbox ? scriptsFor(kind, input) : [];
    if (!sandbox || scripts.length === 0) return undefined;
    // pm.cookies lists the jar's cookies for the URL that answered (none before the request).
    const answeredUrl = kind === "test" ? response?.url || http.url : undefined;
    const description = scriptDescription(request);
    emit({ type: "scripts", kind, owners: scriptOwners(scripts, input) });
    const result = await safeRun(() =>
      sandbox.run(kind, scripts, {
        scopes: out.scopes,
        request: http,
        ...(response ? { response } : {}),
        ...(cookies ? cookieContext(cookies, answeredUrl) : {}),
        ...(description ? { description } : {}),
        info: {
          requestName: request.name,
          requestId: scriptRequestId(request),
          iteration: input.iteration?.index ?? 0,
          iterationCount: input.iteration?.count ?? 1,
          eventName: kind,
        },
        timeoutMs: ancestors.collection.settings.scriptTimeoutMs,
        auth: effectiveAuth(request.auth, ancestors),
      }),
    );
    if (!result) {
      out.errors.push({
        code: "RUNTIME",
        message: "The script sandbox failed to run",
        location: kind,
      });
      return undefined;
    }
    out.scopes = mergeScopes(out.scopes, result.scopes);
    if (cookies) applyCookieChanges(cookies.jar, result.cookieChanges);
    out.assertions.push(...result.assertions);
    out.errors.push(...result.errors);
    for (const entry of result.console) {
      out.console.push(entry);
      emit({ type: "console", entry });
    }
    out.consoleTotal = (out.consoleTotal ?? 0) + (result.consoleTotal ?? result.console.length);
    if (result.nextRequest !== undefined) out.nextRequest = result.nextRequest;
    if (result.visualizer) out.visualizer = result.visualizer;
    emit({ type: kind, result });
    return result;
  };

  const template = templateHttpRequest(request);
  const pre = await runStage("prerequest", template);
  if (pre?.skipRequest) {
    out.skipped = true;
    return finish();
  }
  const edited = pre ? applyScriptChanges(request, template, pre.request) : request;

  const built = buildHttpRequest(edited, ancestors, out.scopes, deps);
  if (!built.ok) {
    out.buildError = built.error;
    return finish();
  }
  const caps = input.transport.capabilities;
  const profile = resolveProtocolProfile(request, ancestors);
  const jar = profile.disableCookies ? undefined : cookies?.jar;
  const pruned = pruneBody(built.value.http, edited, profile);
  const unsigned = jar ? addJarCookies(pruned, jar, caps) : pruned;
  const auth = built.value.auth;
  const authCtx = authContext(input);
  const signed = await authorize(unsigned, auth, authCtx);
  out.unresolved = built.value.unresolved;
  out.warnings.push(...built.value.warnings);
  if (!signed.ok) {
    out.buildError = signed.error;
    return finish();
  }
  out.warnings.push(...signed.value.warnings);
  out.http = signed.value.http;
  emit({ type: "request", http: out.http });

  const options: SendOptions = {
    signal: input.signal,
    timeoutMs:
      input.timeoutMs ??
      request.settings.timeoutMs ??
      ancestors.collection.settings.requestTimeoutMs,
    ...profileSendOptions(profile),
    ...(jar ? { cookies: redirectCookies(jar, pruned.headers) } : {}),
    ...(signed.value.handshake ? { handshake: signed.value.handshake } : {}),
  };
  const sent = await sendWithAuth({ http: out.http, unsigned, auth, ctx: authCtx }, (http) =>
    sendSafely(input, http, options),
  );
  out.http = sent.http;
  out.warnings.push(...sent.warnings);
  const result = sent.result;
  out.result = result;
  if (jar && result.ok) keepResponseCookies(out.http, result.response, jar, caps);
  emit({ type: "response", result });

  // Test scripts see a pruned GET body still (Newman prunes only what is sent).
  const body = built.value.http.body;
  const seen = out.http.body || !body ? out.http : { ...out.http, body };
  await runStage("test", seen, result.ok ? result.response : undefined);
  return finish();
}
