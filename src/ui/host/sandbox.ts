/** The script worker as the host starts it: lazily, off the first paint's critical path. */
import type { Transport } from "../../core/http/transport";
import type { Sandbox } from "../../core/sandbox/types";
import { notify } from "../stores/toasts";
import { makeSandboxClient } from "../workerClients/sandboxClient";

/** Runs `task` once the page is idle after load (a timeout where requestIdleCallback is missing). */
export function whenIdle(task: () => void): void {
  if (typeof window === "undefined" || typeof Worker === "undefined") return;
  const schedule = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 200);
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
}

/**
 * The script worker, started on the first run that has scripts or when the page is idle after
 * load (`warm`), never on the critical path of the first paint.
 */
export function lazySandbox(transport: Transport): { get: () => Sandbox; warm: () => void } {
  let client: ReturnType<typeof makeSandboxClient> | undefined;
  const ensure = () =>
    (client ??= makeSandboxClient({
      transport,
      onRestart: (reason) =>
        notify({
          kind: "error",
          message: `The script worker stopped (${reason}) and was restarted.`,
        }),
    }));
  const sandbox: Sandbox = {
    run: (kind, scripts, context) => ensure().run(kind, scripts, context),
  };
  return { get: () => sandbox, warm: () => void ensure().warm() };
}
