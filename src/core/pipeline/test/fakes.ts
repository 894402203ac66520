/** A fake Transport and a scriptable fake Sandbox for pipeline tests. */
import type { HttpRequest, SendOptions, SendResult, Transport } from "../../http/transport";
import type {
  Sandbox,
  SandboxContext,
  SandboxResult,
  ScriptKind,
  ScriptSource,
} from "../../sandbox/types";

export interface FakeTransport extends Transport {
  sent: { request: HttpRequest; options?: SendOptions }[];
}

/** Answers every request with `status` and echoes the URL as the body. */
export function fakeTransport(result?: (req: HttpRequest) => SendResult): FakeTransport {
  const sent: FakeTransport["sent"] = [];
  return {
    name: "fake",
    capabilities: {
      anyHeader: true,
      seesSetCookie: true,
      controlsRedirects: true,
      timingPhases: false,
      tlsOptions: false,
      privateNetwork: true,
    },
    sent,
    async send(request, options) {
      sent.push({ request, options });
      if (result) return result(request);
      return {
        ok: true,
        response: {
          status: 200,
          statusText: "OK",
          headers: [["content-type", "text/plain"]],
          body: new Uint8Array(Buffer.from(`echo ${request.url}`)),
          timeMs: 5,
          url: request.url,
          redirected: false,
        },
      };
    },
  };
}

/** What a fake script does, keyed by its code. */
export type FakeScript = (ctx: SandboxContext, out: SandboxResult) => void;

export interface FakeSandbox extends Sandbox {
  calls: { kind: ScriptKind; locations: string[]; context: SandboxContext }[];
}

/** Runs each script by looking its code up in `scripts` (unknown code does nothing). */
export function fakeSandbox(scripts: Record<string, FakeScript>): FakeSandbox {
  const calls: FakeSandbox["calls"] = [];
  return {
    calls,
    async run(kind: ScriptKind, sources: ScriptSource[], context: SandboxContext) {
      calls.push({
        kind,
        locations: sources.map((s) => s.location),
        context: structuredClone(context),
      });
      const out: SandboxResult = {
        assertions: [],
        console: [],
        scopes: structuredClone(context.scopes),
        request: structuredClone(context.request),
        skipRequest: false,
        errors: [],
      };
      for (const s of sources) {
        out.console.push({
          level: "log",
          args: [`${kind}:${s.location}`],
          at: 0,
          location: s.location,
        });
        scripts[s.code]?.(context, out);
      }
      return out;
    },
  };
}
