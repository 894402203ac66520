/**
 * Giving the event loop a turn during a long read: a stream whose chunks are already buffered
 * resolves `reader.read()` as microtasks, so a loop over them never yields and one task grows
 * with the body (100 MB through the agent: one task of 100–800 ms on a busy machine). A yielder
 * lets the loop run for `budgetMs`, then waits for a new task.
 */

/** Resolves in a new task: `scheduler.yield()` where the browser has it, else a message. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** A function to await between chunks: it yields once `budgetMs` passed since the last yield. */
export function makeYielder(budgetMs = 8, now: () => number = () => performance.now()) {
  let since = now();
  return async (): Promise<void> => {
    if (now() - since < budgetMs) return;
    await nextTask();
    since = now();
  };
}
