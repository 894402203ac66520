/**
 * What the sandbox worker exposes over Comlink (plain data in and out). pm.sendRequest goes back
 * to the page through `setTransport`, so script sends take the same path as the Send button.
 */
import type { HttpRequest, SendResult, TransportCapabilities } from "../../core/http/transport";
import type {
  SandboxContext,
  SandboxResult,
  ScriptKind,
  ScriptSource,
} from "../../core/sandbox/types";

/** A send the page performs for the worker (AbortSignal cannot cross; only the timeout does). */
export type RemoteSend = (request: HttpRequest, timeoutMs?: number) => Promise<SendResult>;

export interface SandboxWorkerApi {
  run(kind: ScriptKind, scripts: ScriptSource[], context: SandboxContext): Promise<SandboxResult>;
  /** Drops the warm QuickJS context: the next run starts from a fresh one (isolation between runs). */
  reset(): void;
  /** Installs (or with no `send`, removes) the transport pm.sendRequest uses. */
  setTransport(send?: RemoteSend, name?: string, capabilities?: TransportCapabilities): void;
}

/** The path (under the app's base URL) libraries are served from. */
export const SANDBOX_LIBS_DIR = "sandbox-libs";
