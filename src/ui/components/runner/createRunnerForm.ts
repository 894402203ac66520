/** The runner form's state: target, environment, data file (parsed), iterations and delay. */
import { createMemo, createSignal } from "solid-js";
import type { Id } from "../../../core/model";
import { parseIterationData } from "../../../core/runner/data";
import { readText } from "../../files/readText";
import type { TreeNode } from "../../../core/tree";

/** What the runner runs: a collection or a folder. */
export interface RunTarget {
  kind: "collection" | "folder";
  id: Id;
}

/** A loaded data file: its name and rows, or why it could not be read. */
export interface DataFile {
  name: string;
  rows: Record<string, unknown>[];
  error?: string;
}

/** One option of the target picker. */
export interface TargetOption {
  value: string;
  label: string;
  collectionId: Id;
}

/** "collection:<id>" / "folder:<id>" ↔ target. */
export const targetValue = (t: RunTarget) => `${t.kind}:${t.id}`;

/** The picker's options: each collection, then its folders with their paths. */
export function targetOptions(nodes: readonly TreeNode[]): TargetOption[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pathOf = (n: TreeNode): string => {
    const parent = n.parentId ? byId.get(n.parentId) : byId.get(n.collectionId);
    return parent && parent !== n ? `${pathOf(parent)} / ${n.name}` : n.name;
  };
  const out: TargetOption[] = [];
  for (const c of nodes.filter((n) => n.kind === "collection")) {
    out.push({ value: `collection:${c.id}`, label: c.name, collectionId: c.id });
    for (const f of nodes.filter((n) => n.kind === "folder" && n.collectionId === c.id))
      out.push({ value: `folder:${f.id}`, label: pathOf(f), collectionId: c.id });
  }
  return out;
}

/** Creates the form state, starting at `initial` and the given environment. */
export function createRunnerForm(initial: RunTarget, environmentId: Id | null) {
  const [target, setTarget] = createSignal<RunTarget>(initial);
  const [environment, setEnvironment] = createSignal<Id | null>(environmentId);
  const [data, setData] = createSignal<DataFile | undefined>();
  const [iterations, setIterations] = createSignal<number | undefined>();
  const [delayMs, setDelayMs] = createSignal(0);
  const rows = createMemo(() => data()?.rows ?? []);
  return {
    target,
    setTarget: (value: string) => {
      const [kind, id] = value.split(":");
      if ((kind === "collection" || kind === "folder") && id) setTarget({ kind, id });
    },
    environment,
    setEnvironment,
    data,
    rows,
    /** Reads and parses a chosen file; undefined clears it. */
    async setFile(file: File | undefined) {
      if (!file) return setData(undefined);
      const text = await readText(file).catch((e: unknown) => e as Error);
      if (text instanceof Error) return setData({ name: file.name, rows: [], error: text.message });
      const parsed = parseIterationData(text);
      setData(
        parsed.ok
          ? { name: file.name, rows: parsed.value }
          : { name: file.name, rows: [], error: parsed.error.message },
      );
    },
    iterations,
    /** Empty or not a positive number: the default (data rows, else 1). */
    setIterations: (text: string) => {
      const n = Number(text);
      setIterations(text.trim() && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined);
    },
    delayMs,
    setDelayMs: (text: string) => setDelayMs(Math.max(0, Math.floor(Number(text)) || 0)),
  };
}

/** The runner form (see `createRunnerForm`). */
export type RunnerForm = ReturnType<typeof createRunnerForm>;
