/**
 * Send for an inline item with pre-request or test scripts: the app's pipeline (runItem) with
 * the QuickJS sandbox worker, both loaded only for such an item. The worker is started for the
 * run and stopped after it.
 */
import type { Transport } from "../../core/http/transport";
import type { Request } from "../../core/model";
import { runItem } from "../../core/pipeline/runItem";
import { makeSandboxClient } from "../workerClients/sandboxClient";
import { browserDeps } from "./browserDeps";
import type { Runner, TestLine } from "./createSender";
import type { InlineRequest } from "./inlineRequest";

/** Runs `request` (the edited item) through the pipeline with its scripts. */
export async function runScripted(
  inline: InlineRequest,
  request: Request,
  transport: Transport,
  signal: AbortSignal,
): ReturnType<Runner> {
  const sandbox = makeSandboxClient({ transport });
  try {
    const out = await runItem({
      request,
      ancestors: inline.ancestors,
      scopes: inline.scopes,
      transport,
      sandbox,
      deps: browserDeps,
      signal,
    });
    const tests: TestLine[] = [
      ...out.errors.map((e) => ({ name: `${e.location}: ${e.message}`, passed: false })),
      ...out.assertions
        .filter((a) => !a.skipped)
        .map((a) => ({
          name: a.name,
          passed: a.passed,
          ...(a.error ? { error: a.error.message } : {}),
        })),
    ];
    const why =
      out.buildError?.message ??
      (out.skipped ? "A pre-request script skipped this request." : "The request was not sent.");
    return {
      result: out.result ?? { ok: false, error: { code: "NETWORK", message: why } },
      tests,
    };
  } finally {
    sandbox.dispose();
  }
}
