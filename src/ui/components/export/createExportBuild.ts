/**
 * The export dialog's document, built as soon as the dialog opens and again whenever the user's
 * choices change, so the dialog can say what will be blanked before anything is downloaded. The
 * download saves the document that was previewed; the newest build wins.
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal, untrack } from "solid-js";
import type { ExportBuilder, ExportDocument, ExportOptions } from "./exportDocuments";

/** A finished build: its document, or why it failed. */
export type ExportBuildState =
  | { status: "building" }
  | { status: "ready"; doc: ExportDocument }
  | { status: "failed"; error: unknown };

/** What {@link createExportBuild} gives the dialog. */
export interface ExportBuild {
  /** The newest build's state; undefined while the dialog is closed. */
  state: Accessor<ExportBuildState | undefined>;
  /** The newest build's document (null while closed); a failed build is tried again. */
  document: () => Promise<ExportDocument> | null;
}

/** Builds with `build()` (null: closed) and the current `options()`, newest build first. */
export function createExportBuild(
  build: Accessor<ExportBuilder | null>,
  options: Accessor<ExportOptions>,
): ExportBuild {
  const [attempt, setAttempt] = createSignal(0);
  const [settled, setSettled] = createSignal<{
    promise: Promise<ExportDocument>;
    state: ExportBuildState;
  }>();
  const pending = createMemo((): Promise<ExportDocument> | null => {
    attempt();
    const builder = build();
    if (!builder) return null;
    const { includeSecrets, format } = options();
    let promise: Promise<ExportDocument>;
    try {
      promise = untrack(() => builder({ includeSecrets, format }));
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (doc) => setSettled({ promise, state: { status: "ready", doc } }),
      (error: unknown) => setSettled({ promise, state: { status: "failed", error } }),
    );
    return promise;
  });
  const state = createMemo((): ExportBuildState | undefined => {
    const promise = pending();
    if (!promise) return undefined;
    const done = settled();
    return done?.promise === promise ? done.state : { status: "building" };
  });
  const document = () => {
    if (state()?.status === "failed") setAttempt((n) => n + 1);
    return pending();
  };
  return { state, document };
}
