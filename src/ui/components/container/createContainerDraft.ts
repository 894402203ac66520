/**
 * The draft behind the collection / folder settings dialog: loads the stored row, applies edits
 * at once, and saves them debounced (flushed when the owner is disposed, i.e. the dialog closes).
 * Every write re-reads the latest stored row and applies only the fields edited since the last
 * write, so a rename or move made meanwhile (tree, another tab) is not lost. Writes run one at a
 * time, in order.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";
import type { Deps } from "../../../core/factory";
import type { Collection, Folder, Id, Variable } from "../../../core/model";
import { errorText } from "../../commands/errorText";
import type { Notify } from "../../stores/toasts";
import { createDebouncedSave } from "../env/createDebouncedSave";

/** Which container the dialog edits. */
export interface ContainerTarget {
  kind: "collection" | "folder";
  id: Id;
}

/** A stored collection or folder. */
export type ContainerRow = Collection | Folder;

/** The fields the dialog edits (`variables` and `settings` only on collections). */
export type ContainerPatch = Partial<
  Pick<Collection, "description" | "variables" | "auth" | "scripts" | "settings">
>;

/** Reads and writes stored collections and folders. */
export interface ContainerRows {
  collections: {
    get(id: Id): Promise<Collection | undefined>;
    put(row: Collection): Promise<void>;
  };
  folders: { get(id: Id): Promise<Folder | undefined>; put(row: Folder): Promise<void> };
}

/** What {@link createContainerDraft} needs. */
export interface ContainerDraftDeps {
  /** Where the rows are read and written (the host's storage). */
  rows: ContainerRows;
  deps: Deps;
  notify: Notify;
  /** Debounce pause in ms (default 300). */
  debounceMs?: number;
}

/** What {@link createContainerDraft} returns. */
export interface ContainerDraft {
  /** The row with edits applied; undefined while loading or when it does not exist. */
  row: Accessor<ContainerRow | undefined>;
  /** True once loading found no such row (or failed). */
  missing: Accessor<boolean>;
  /** Applies a patch now and saves it after a pause. */
  edit(patch: ContainerPatch): void;
  /** Saves collection variables now (the variables table debounces on its own). */
  saveVariables(variables: Variable[]): Promise<void>;
  /** Writes pending edits now. */
  flush(): Promise<void>;
}

/** Creates the draft for `target`; call inside a reactive owner. */
export function createContainerDraft(
  target: ContainerTarget,
  opts: ContainerDraftDeps,
): ContainerDraft {
  const { rows: repos, deps, notify } = opts;
  const [row, setRow] = createSignal<ContainerRow>();
  const [missing, setMissing] = createSignal(false);
  const noun = target.kind;

  const load = target.kind === "collection" ? repos.collections.get : repos.folders.get;
  load(target.id)
    .then((found) => (found ? setRow(found) : setMissing(true)))
    .catch((error: unknown) => {
      setMissing(true);
      notify({ kind: "error", message: errorText(`open the ${noun} settings`, error) });
    });

  const write = async (patch: ContainerPatch) => {
    const updatedAt = deps.clock.now();
    // Worded like a storage NOT_FOUND by errorText.
    const gone = () =>
      Object.assign(new Error(`The ${noun} no longer exists.`), { code: "NOT_FOUND" });
    if (target.kind === "collection") {
      const latest = await repos.collections.get(target.id);
      if (!latest) throw gone();
      await repos.collections.put({ ...latest, ...patch, updatedAt });
    } else {
      const latest = await repos.folders.get(target.id);
      if (!latest) throw gone();
      const { settings: _ignored, ...fields } = patch;
      await repos.folders.put({ ...latest, ...fields, updatedAt });
    }
  };
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (patch: ContainerPatch): Promise<void> => {
    const run = queue
      .then(() => write(patch))
      .catch((error: unknown) => {
        notify({ kind: "error", message: errorText(`save the ${noun} settings`, error) });
      });
    queue = run;
    return run;
  };

  let pending: ContainerPatch = {};
  const saver = createDebouncedSave<ContainerPatch>((patch) => {
    pending = {};
    return enqueue(patch);
  }, opts.debounceMs);

  return {
    row,
    missing,
    edit(patch) {
      setRow((r) => (r ? ({ ...r, ...patch } as ContainerRow) : r));
      pending = { ...pending, ...patch };
      saver.schedule(pending);
    },
    saveVariables(variables) {
      setRow((r) => (r ? { ...r, variables } : r));
      return enqueue({ variables });
    },
    async flush() {
      await saver.flush();
      await queue;
    },
  };
}
