import type { Bundle } from "../../model";
/** Checks of a bundle's well-formedness, shared by the fuzz and restore tests. */

const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

/** Problems with a bundle, as text (empty when it is well-formed); `workspaceId` when known. */
export function bundleProblems(b: Bundle, workspaceId?: string): string[] {
  const out: string[] = [];
  const collections = new Set(b.collections.map((c) => c.id));
  const folders = new Map(b.folders.map((f) => [f.id, f]));
  for (const c of b.collections)
    if (c.workspaceId !== (workspaceId ?? c.workspaceId)) out.push(`collection ${c.id} workspace`);
  for (const e of b.environments)
    if (e.workspaceId !== (workspaceId ?? e.workspaceId)) out.push(`environment ${e.id} workspace`);
  for (const row of [...b.folders, ...b.requests]) {
    if (!collections.has(row.collectionId)) out.push(`${row.id}: collectionId does not resolve`);
    const parent = row.parentId === null ? undefined : folders.get(row.parentId);
    if (row.parentId !== null && parent?.collectionId !== row.collectionId) {
      out.push(`${row.id}: parentId does not resolve in its collection`);
    }
  }
  for (const f of b.folders) {
    let p: string | null = f.parentId;
    for (let i = 0; p !== null && i <= b.folders.length; i++) p = folders.get(p)?.parentId ?? null;
    if (p !== null) out.push(`${f.id}: folder cycle`);
  }
  const ids = [...b.collections, ...b.folders, ...b.requests, ...b.environments].map((r) => r.id);
  if (new Set(ids).size !== ids.length) out.push("ids are not unique");
  const siblings = new Map<string, number[]>();
  for (const row of [...b.folders, ...b.requests]) {
    const key = JSON.stringify([row.collectionId, row.parentId]);
    siblings.set(key, [...(siblings.get(key) ?? []), row.sort]);
  }
  for (const [key, sorts] of [
    ...siblings,
    ["collections", b.collections.map((c) => c.sort)] as const,
  ]) {
    const dense = [...sorts].sort((x, y) => x - y).every((s, i) => s === i + 1);
    if (!dense) out.push(`sorts under ${key} are not 1…n: ${sorts.join(",")}`);
  }
  for (const r of b.requests) {
    if (typeof r.url !== "string" || typeof r.method !== "string" || !Array.isArray(r.headers)) {
      out.push(`${r.id}: malformed request`);
    }
  }
  const walk = (v: unknown, depth: number): void => {
    if (typeof v !== "object" || v === null || depth > 1000) return;
    for (const k of Object.keys(v)) {
      if (UNSAFE.has(k)) out.push(`unsafe key ${k}`);
      walk((v as Record<string, unknown>)[k], depth + 1);
    }
  };
  walk(b, 0);
  JSON.stringify(b);
  return out;
}
