/**
 * Send for one panel: builds the request, lets the page see, change or cancel it
 * (`satchel-before-request`), sends it through the chosen transport (loaded on first use),
 * reports `satchel-response`, and keeps what happened for the response view. Cancel aborts the
 * request in flight.
 */
import { createSignal } from "solid-js";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import type { Result } from "../../core/result";
import type { RouteSettings } from "./transports";
import { loadTransport } from "./transports";

/** What the response area shows. */
export type SendState =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "invalid"; message: string }
  | { kind: "cancelled"; message: string }
  | {
      kind: "done";
      request: HttpRequest;
      result: SendResult;
      transport: string;
      /** Test results, when the item's scripts ran. */
      tests?: TestLine[];
    };

/** One test a script ran. */
export interface TestLine {
  name: string;
  passed: boolean;
  error?: string;
}

/** A custom way to run a request (an inline item with scripts goes through the pipeline). */
export type Runner = (
  request: HttpRequest,
  transport: Transport,
  signal: AbortSignal,
) => Promise<{ result: SendResult; tests?: TestLine[] }>;

/** What a sender needs. */
export interface SenderOptions {
  /** The element events are dispatched on. */
  host: HTMLElement;
  build: () => Promise<Result<HttpRequest>> | Result<HttpRequest>;
  route: () => RouteSettings;
  /** A transport set on the element (tests, or a page with its own), instead of the route's. */
  transport?: () => Transport | undefined;
  run?: Runner;
}

/** The panel's send state and actions. */
export function createSender(opts: SenderOptions) {
  const [state, setState] = createSignal<SendState>({ kind: "idle" });
  let controller: AbortController | undefined;

  const emit = (type: string, detail: unknown, cancelable = false) =>
    opts.host.dispatchEvent(
      new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }),
    );

  async function send(): Promise<void> {
    const built = await opts.build();
    if (!built.ok) {
      setState({ kind: "invalid", message: built.error.message });
      return;
    }
    const detail = { request: built.value };
    if (!emit("satchel-before-request", detail, true)) {
      setState({ kind: "cancelled", message: "The page cancelled this request." });
      return;
    }
    const request = detail.request;
    controller = new AbortController();
    const signal = controller.signal;
    setState({ kind: "sending" });
    let outcome: { result: SendResult; tests?: TestLine[] };
    let name = "browser";
    try {
      const transport = opts.transport?.() ?? (await loadTransport(opts.route()));
      name = transport.name;
      outcome = opts.run
        ? await opts.run(request, transport, signal)
        : { result: await transport.send(request, { signal }) };
    } catch (e) {
      const message = `The request failed: ${String(e)}`;
      outcome = { result: { ok: false, error: { code: "NETWORK", message } } };
    }
    controller = undefined;
    const { result, tests } = outcome;
    setState({ kind: "done", request, result, transport: name, ...(tests ? { tests } : {}) });
    if (result.ok) {
      const { status, timeMs, headers } = result.response;
      emit("satchel-response", { status, timeMs, headers, request });
    }
  }

  return {
    state,
    send,
    /** Aborts the request in flight. */
    cancel: () => controller?.abort(),
    sending: () => state().kind === "sending",
  };
}
