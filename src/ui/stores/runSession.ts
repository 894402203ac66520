/** The controls of one collection run in the browser: pause gate, sleep and stop. */

/** The pause gate and abort of one run. */
export interface RunSession {
  signal: AbortSignal;
  /** What the core awaits before each request (settles at once unless paused). */
  gate: () => Promise<void>;
  /** Waits `ms`, ending early when the run stops. */
  sleep: (ms: number) => Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
  paused(): boolean;
}

/** Makes the controls of one run; `onPausedChange` tells the store to update its status. */
export function makeRunSession(onPausedChange: (paused: boolean) => void): RunSession {
  const controller = new AbortController();
  let waiting: Promise<void> | undefined;
  let release: (() => void) | undefined;
  const open = () => {
    release?.();
    waiting = release = undefined;
  };
  return {
    signal: controller.signal,
    gate: () => waiting ?? Promise.resolve(),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (controller.signal.aborted) return resolve();
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          controller.signal.removeEventListener("abort", done);
          resolve();
        }
        controller.signal.addEventListener("abort", done);
      }),
    pause() {
      if (waiting || controller.signal.aborted) return;
      waiting = new Promise<void>((resolve) => (release = resolve));
      onPausedChange(true);
    },
    resume() {
      if (!waiting) return;
      open();
      onPausedChange(false);
    },
    stop() {
      controller.abort();
      open();
    },
    paused: () => waiting !== undefined,
  };
}
