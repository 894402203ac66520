/**
 * Close matches for a name nobody declared ("did you mean …?"): candidates that contain the
 * query (or are contained in it) first, then the nearest by edit distance, case-insensitive.
 */

/** Levenshtein distance, two rows at a time. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Up to `count` of `candidates` closest to `query`; none farther than half the longer string
 * (so an unrelated name is not offered).
 */
export function closeMatches(query: string, candidates: string[], count = 3): string[] {
  const q = query.trim().toLowerCase();
  const scored = [...new Set(candidates)].map((c) => {
    const l = c.toLowerCase();
    const d = l.includes(q) || q.includes(l) ? 0 : distance(q, l);
    return { c, d, limit: Math.max(q.length, l.length) / 2 };
  });
  return scored
    .filter((s) => s.d <= s.limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((s) => s.c);
}
