/** Rate limits: a token bucket per key (sends per token), and a failure window (pairing). */

/** Milliseconds on a monotonic clock; injected so tests need no waiting. */
export type Now = () => number;

/** A bucket of `perMinute` per key, refilled continuously; `take` says when to retry if empty. */
export function makeRateLimiter(perMinute: number, now: Now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return {
    /** Spend one for `key`: undefined when allowed, else the seconds until one is free. */
    take(key: string): number | undefined {
      const t = now();
      const b = buckets.get(key) ?? { tokens: perMinute, at: t };
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * rate);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return undefined;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
    },
  };
}

/**
 * At most `max` failures in any `windowMs`: once reached, every attempt (a right one too) is
 * refused until the oldest failure leaves the window, so guessing costs real time.
 */
export function makeFailureWindow(max: number, windowMs: number, now: Now) {
  const failures: number[] = [];
  const prune = (t: number) => {
    while (failures.length && (failures[0] as number) <= t - windowMs) failures.shift();
  };
  return {
    /** Seconds until attempts are heard again, or undefined when they are now. */
    blockedFor(): number | undefined {
      const t = now();
      prune(t);
      if (failures.length < max) return undefined;
      return Math.max(1, Math.ceil(((failures[0] as number) + windowMs - t) / 1000));
    },
    fail(): void {
      failures.push(now());
    },
  };
}
