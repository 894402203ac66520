/**
 * The request as code, in the app's languages (its generators, loaded with this view): a
 * "Language" select and the generated source.
 */
import { createResource, createSignal, For, Show } from "solid-js";
import { CODE_LANGUAGES } from "../../core/codegen/languages";
import type { HttpRequest } from "../../core/http/transport";
import type { Result } from "../../core/result";
import { generateCode } from "../components/codegen/generateCode";

/** Props of {@link CodeSnippet}. */
export interface CodeSnippetProps {
  build: () => Promise<Result<HttpRequest>>;
  /** Changes whenever the form does, so the code follows it. */
  version: number;
}

/** The code snippet view. */
export function CodeSnippet(props: CodeSnippetProps) {
  const [language, setLanguage] = createSignal("curl");
  const [code] = createResource(
    () => ({ id: language(), version: props.version, build: props.build }),
    async ({ id, build }) => {
      const built = await build();
      if (!built.ok) return { error: built.error.message };
      try {
        return { code: await generateCode(id, built.value) };
      } catch (e) {
        return { error: `The code could not be generated: ${String(e)}` };
      }
    },
  );
  return (
    <div part="code">
      <label>
        Language{" "}
        <select aria-label="Language" onChange={(e) => setLanguage(e.currentTarget.value)}>
          <For each={CODE_LANGUAGES}>
            {(l) => (
              <option value={l.id} selected={l.id === language()}>
                {l.label}
              </option>
            )}
          </For>
        </select>
      </label>
      <Show when={code()} fallback={<p class="hint">Generating…</p>}>
        {(c) => (
          <Show when={c().code !== undefined} fallback={<p role="alert">{c().error}</p>}>
            <pre aria-label="Code">{c().code}</pre>
          </Show>
        )}
      </Show>
    </div>
  );
}
