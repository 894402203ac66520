/**
 * Panels far from the viewport are built in idle time, one per idle callback (each build is its
 * own short task), so every panel becomes ready without a long task; panels near the viewport
 * are built at once instead.
 */
type IdleCallback = (deadline: { timeRemaining(): number }) => void;

const queue: (() => void)[] = [];
let pumping = false;

const requestIdle = (callback: IdleCallback): void => {
  if (typeof globalThis.requestIdleCallback === "function") {
    globalThis.requestIdleCallback(callback, { timeout: 500 });
  } else {
    setTimeout(() => callback({ timeRemaining: () => 10 }), 16);
  }
};

function pump(): void {
  pumping = true;
  requestIdle(() => {
    queue.shift()?.();
    if (queue.length) pump();
    else pumping = false;
  });
}

/** Runs `task` in a later idle period, after the tasks queued before it. */
export function whenIdle(task: () => void): void {
  queue.push(task);
  if (!pumping) pump();
}
