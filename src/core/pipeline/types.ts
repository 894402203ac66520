/** Inputs, events and results of the one request pipeline (../../../../shared/ARCHITECTURE.md). */
import type { OAuth2TokenStore } from "../auth/types";
import type { CookieJar } from "../cookies/types";
import type { Deps } from "../factory";
import type { Ancestors } from "../http/auth";
import type { AbortSignalLike, HttpRequest, SendResult, Transport } from "../http/transport";
import type { Request } from "../model";
import type { AppError } from "../result";
import type {
  AssertionResult,
  ConsoleEntry,
  Sandbox,
  SandboxResult,
  ScriptError,
  ScriptKind,
} from "../sandbox/types";
import type { VariableScopes } from "../variables/scopes";

/** Everything one item's run needs; the host supplies transport and (optionally) sandbox. */
export interface RunItemInput {
  request: Request;
  ancestors: Ancestors;
  scopes: VariableScopes;
  transport: Transport;
  /** Absent: scripts are skipped. */
  sandbox?: Sandbox;
  deps: Deps;
  signal?: AbortSignalLike;
  /** Overrides the request's and collection's timeout. */
  timeoutMs?: number;
  /** 0-based iteration and the run's iteration count (default 0 of 1). */
  iteration?: { index: number; count: number };
  /**
   * The run's (or workspace's) cookie jar: its cookies go out with the request and Set-Cookie
   * comes back into it, as far as the transport allows (./cookies.ts); scripts reach it through
   * `pm.cookies`. `scriptDomains`: the domains `pm.cookies.jar()` may touch (absent: all, as
   * Newman; the Postman app's cookie allow-list). Absent: no jar at all.
   */
  cookies?: { jar: CookieJar; scriptDomains?: readonly string[] };
  /** Stored OAuth 2.0 tokens (the browser's token manager); absent: the auth's `accessToken`. */
  oauth2Tokens?: OAuth2TokenStore;
}

/** What happened to one item. */
export interface ItemResult {
  /** The request as sent; absent when skipped or it could not be built. */
  http?: HttpRequest;
  /** The transport's answer; absent when nothing was sent. */
  result?: SendResult;
  assertions: AssertionResult[];
  console: ConsoleEntry[];
  /** Entries the item's scripts logged in all, counting any the sandbox dropped (its tail). */
  consoleTotal?: number;
  /** Scopes after the item's scripts. */
  scopes: VariableScopes;
  /** undefined: setNextRequest not called; null: setNextRequest(null). */
  nextRequest?: string | null;
  /** pm.execution.skipRequest() was called: no request, no tests. */
  skipped: boolean;
  /** Script errors (each fails its own script only). */
  errors: ScriptError[];
  /** Why the request could not be built (e.g. INVALID_URL). */
  buildError?: AppError;
  /** `{{names}}` sent verbatim because nothing defined them. */
  unresolved: string[];
  warnings: string[];
  visualizer?: SandboxResult["visualizer"];
}

/** Whose script it is: the collection, a folder or the request, and its name. */
export interface ScriptOwner {
  level: "collection" | "folder" | "request";
  name: string;
}

/** Progress events, in pipeline order. */
export type PipelineEvent =
  /** A stage's scripts are about to run, all in one sandbox call; whose they are, outermost first. */
  | { type: "scripts"; kind: ScriptKind; owners: ScriptOwner[] }
  | { type: "prerequest"; result: SandboxResult }
  | { type: "request"; http: HttpRequest }
  | { type: "response"; result: SendResult }
  | { type: "test"; result: SandboxResult }
  | { type: "console"; entry: ConsoleEntry }
  | { type: "done"; result: ItemResult };
