/**
 * Calls a task in a later task of its own, so messages (the page asking for a chunk) are handled
 * in between. A MessageChannel, not setTimeout: nested timeouts are clamped to 4 ms each.
 */
export function makeScheduler(): { later: (task: () => void) => void; close: () => void } {
  if (typeof MessageChannel === "undefined") {
    return { later: (task) => void setTimeout(task, 0), close: () => undefined };
  }
  const channel = new MessageChannel();
  let pending: (() => void) | undefined;
  channel.port1.onmessage = () => pending?.();
  return {
    later: (task) => {
      pending = task;
      channel.port2.postMessage(null);
    },
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
