/**
 * A request's scripts of one kind: its own, then any further ones it came with (a Postman item
 * with several events of a kind keeps them apart, each run on its own in order — `Scripts.more`).
 * Each is editable under its own name (kept by position, so typing never remounts an editor);
 * without further scripts this is just the one editor.
 */
import { Index, Show } from "solid-js";
import type { Request, Scripts } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { CodeEditor } from "../../editor/CodeEditor";

type Kind = "prerequest" | "test";

const NAMES: Record<Kind, string> = { prerequest: "Pre-request script", test: "Test script" };

/** `scripts` with the `index`th further script of `kind` set to `value`. */
export function withMoreScript(
  scripts: Scripts,
  kind: Kind,
  index: number,
  value: string,
): Scripts {
  const list = [...(scripts.more?.[kind] ?? [])];
  list[index] = value;
  return { ...scripts, more: { ...scripts.more, [kind]: list } };
}

/** Props of {@link ScriptStack}. */
export interface ScriptStackProps {
  kind: Kind;
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders the scripts of `props.kind`. */
export function ScriptStack(props: ScriptStackProps) {
  const scripts = () => props.request.scripts;
  const more = () => scripts().more?.[props.kind] ?? [];
  const set = (next: Scripts) => props.onChange({ ...props.request, scripts: next });
  const editor = (label: string, value: () => string, onChange: (v: string) => void) => (
    <CodeEditor
      label={label}
      value={value()}
      onChange={onChange}
      language="javascript"
      lookup={props.lookup}
      variableNames={props.variableNames}
    />
  );
  return (
    <Show
      when={more().length > 0}
      fallback={editor(
        NAMES[props.kind],
        () => scripts()[props.kind],
        (v) => set({ ...scripts(), [props.kind]: v }),
      )}
    >
      <div class="script-stack">
        <p class="script-stack-note">
          This request runs {more().length + 1} {props.kind === "test" ? "test" : "pre-request"}{" "}
          scripts, each on its own and in this order (as it came from its collection).
        </p>
        {editor(
          `${NAMES[props.kind]} 1`,
          () => scripts()[props.kind],
          (v) => set({ ...scripts(), [props.kind]: v }),
        )}
        <Index each={more()}>
          {(script, i) => (
            <CodeEditor
              label={`${NAMES[props.kind]} ${i + 2}`}
              value={script()}
              onChange={(v) => set(withMoreScript(scripts(), props.kind, i, v))}
              language="javascript"
              lookup={props.lookup}
              variableNames={props.variableNames}
            />
          )}
        </Index>
      </div>
    </Show>
  );
}
