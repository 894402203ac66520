/**
 * The request editor's "Code" tab: the request as code in the chosen language, with variables
 * resolved or left as placeholders, plus "Copy" and "Copy as cURL".
 */
import { For, Show, createMemo, createResource, createSignal } from "solid-js";
import { CODE_LANGUAGES } from "../../../core/codegen/languages";
import { httpRequestToCurl, requestToCurl } from "../../../core/export/curl";
import type { Request } from "../../../core/model";
import type { CodeResolver } from "./resolveForCode";
import "../../styles/codegen.css";

/** Props of {@link CodePanel}. */
export interface CodePanelProps {
  request: Request;
  resolve: CodeResolver;
  /** Writes text to the clipboard; defaults to navigator.clipboard. */
  copy?: (text: string) => Promise<void>;
}

/** The generated code, or the message of why there is none. */
type Output = { code: string; notes: string[] } | { error: string };

const errorOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Renders the code panel. */
export function CodePanel(props: CodePanelProps) {
  const [language, setLanguage] = createSignal("curl");
  const [resolveVars, setResolveVars] = createSignal(false);
  const [status, setStatus] = createSignal("");
  const source = createMemo(() => ({
    request: props.request,
    language: language(),
    resolveVars: resolveVars(),
    resolver: props.resolve,
  }));
  const [output] = createResource(source, async (s): Promise<Output> => {
    try {
      const built = await s.resolver(s.request, s.resolveVars);
      if (!built.ok) return { error: built.message };
      const { generateCode } = await import("./generateCode");
      return { code: await generateCode(s.language, built.http), notes: built.notes ?? [] };
    } catch (e) {
      return { error: `Could not generate code: ${errorOf(e)}` };
    }
  });
  const code = () => {
    const o = output.latest;
    return o && "code" in o ? o.code : "";
  };
  const notes = () => {
    const o = output.latest;
    return o && "notes" in o ? o.notes : [];
  };
  const writeText = (text: string) =>
    (props.copy ?? ((t: string) => navigator.clipboard.writeText(t)))(text);
  const copy = async (text: string, what: string) => {
    try {
      await writeText(text);
      setStatus(`${what} copied`);
    } catch (e) {
      setStatus(`Could not copy: ${errorOf(e)}`);
    }
  };
  const copyCurl = async () => {
    if (!resolveVars()) return copy(requestToCurl(props.request), "cURL command");
    const built = await props.resolve(props.request, true);
    if (!built.ok) return setStatus(built.message);
    return copy(httpRequestToCurl(built.http), "cURL command");
  };
  return (
    <div class="code-panel">
      <div class="code-toolbar">
        <label class="code-field">
          Language
          <select value={language()} onChange={(e) => setLanguage(e.currentTarget.value)}>
            <For each={CODE_LANGUAGES}>{(l) => <option value={l.id}>{l.label}</option>}</For>
          </select>
        </label>
        <label class="code-field">
          <input
            type="checkbox"
            checked={resolveVars()}
            onChange={(e) => setResolveVars(e.currentTarget.checked)}
          />
          Resolve variables
        </label>
        <button
          type="button"
          class="button"
          disabled={code() === ""}
          onClick={() => void copy(code(), "Code")}
        >
          Copy
        </button>
        <button type="button" class="button" onClick={() => void copyCurl()}>
          Copy as cURL
        </button>
        <span class="code-status" role="status">
          {status()}
        </span>
      </div>
      <Show when={output.latest} fallback={<p class="code-loading">Generating…</p>}>
        {(o) => (
          <Show when={"code" in o() && o()} fallback={<p role="alert">{errorMessage(o())}</p>}>
            <For each={notes()}>{(note) => <p class="request-note">{note}</p>}</For>
            <pre class="code-view" aria-label="Generated code" tabindex="0">
              {code()}
            </pre>
          </Show>
        )}
      </Show>
    </div>
  );
}

const errorMessage = (o: Output) => ("error" in o ? o.error : "");
