/**
 * What a panel shows, asked for as soon as the element connects (the form itself waits until the
 * panel nears the viewport): the operation from the shared spec worker, or the inline request
 * from the app's importers, loaded on demand.
 */
import type { Result } from "../../core/result";
import type { TryItOperation } from "../../core/tryit/types";
import { browserDeps } from "./browserDeps";
import type { InlineRequest } from "./inlineRequest";
import type { PanelOptions } from "./options";
import { loadOperation } from "./specClient";

/** A loaded source. */
export type Loaded =
  | { kind: "operation"; op: TryItOperation; specUrl: string }
  | { kind: "inline"; inline: InlineRequest };

/** Loads the panel's source; relative URLs resolve against `base` (the document's). */
export async function loadSource(options: PanelOptions, base: string): Promise<Result<Loaded>> {
  const source = options.source;
  if (source.kind === "spec") {
    const url = source.url ? new URL(source.url, base).href : undefined;
    const op = await loadOperation(url ? { url } : { text: source.text ?? "" }, source.operation);
    if (!op.ok) return op;
    return { ok: true, value: { kind: "operation", op: op.value, specUrl: url ?? base } };
  }
  if (source.kind === "none") {
    return {
      ok: false,
      error: {
        code: "NO_SOURCE",
        message:
          "This panel has nothing to show: give it spec-url or spec with operation, or request, or curl.",
      },
    };
  }
  const { readInline } = await import("./inlineRequest");
  const inline = readInline(source, browserDeps);
  return inline.ok ? { ok: true, value: { kind: "inline", inline: inline.value } } : inline;
}
