/** What an import creates, in words: "1 collection, 3 folders, 12 requests". */
import type { Bundle } from "../model";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many of each an import creates. */
export interface ImportCounts {
  collections: number;
  folders: number;
  requests: number;
  environments?: number;
  globals?: number;
}

/** A human summary of counts, e.g. "1 collection, 3 folders, 12 requests". */
export function summarizeCounts(n: ImportCounts): string {
  const parts: string[] = [];
  if (n.collections) parts.push(count(n.collections, "collection", "collections"));
  if (n.folders) parts.push(count(n.folders, "folder", "folders"));
  if (n.requests) parts.push(count(n.requests, "request", "requests"));
  if (n.environments) parts.push(count(n.environments, "environment", "environments"));
  if (n.globals !== undefined) parts.push(count(n.globals, "global", "globals"));
  return parts.length ? parts.join(", ") : "nothing";
}

/** A human summary of what a bundle creates. */
export function summarize(bundle: Bundle): string {
  return summarizeCounts({
    collections: bundle.collections.length,
    folders: bundle.folders.length,
    requests: bundle.requests.length,
    environments: bundle.environments.length,
    ...(bundle.globals ? { globals: bundle.globals.variables.length } : {}),
  });
}
