/**
 * The Body tab: body type radios and the editor for the chosen type; switching keeps all data.
 * A raw JSON or XML body has "Beautify" (pretty-printed in the format worker).
 * A raw body over {@link LARGE_BODY_CHARS} opens read-only until the user picks "Edit anyway".
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch, createSignal, createUniqueId } from "solid-js";
import type { BodyMode, RawLanguage, Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { CodeEditor } from "../../editor/CodeEditor";
import { createFormatClientAccessor } from "../response/formatClientContext";
import { beautifyBody, canBeautify } from "./beautifyBody";
import { FormDataTable } from "./FormDataTable";
import { KeyValueTable } from "./KeyValueTable";
import { LARGE_BODY_CHARS, LargeBodyView } from "./LargeBodyView";
import { withBody } from "./requestUpdates";
import { blankRow } from "./rows";

/** Body types in display order with their labels. */
export const BODY_MODES: readonly [BodyMode, string][] = [
  ["none", "none"],
  ["raw", "raw"],
  ["urlencoded", "x-www-form-urlencoded"],
  ["formdata", "form-data"],
  ["file", "binary"],
  ["graphql", "GraphQL"],
];

/** Raw languages with their labels. */
export const RAW_LANGUAGES: readonly [RawLanguage, string][] = [
  ["json", "JSON"],
  ["xml", "XML"],
  ["text", "Text"],
  ["html", "HTML"],
  ["javascript", "JavaScript"],
];

/** Props of {@link BodyPanel}. */
export interface BodyPanelProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  storeFile?: (file: File) => Promise<string>;
}

/** Renders the body type group and the active body editor. */
export function BodyPanel(props: BodyPanelProps): JSX.Element {
  const name = createUniqueId();
  const body = () => props.request.body;
  // Per request: "Edit anyway" on one big body does not open the next one in the editor.
  const [editAnyway, setEditAnyway] = createSignal<string>();
  const readOnly = () => body().raw.length > LARGE_BODY_CHARS && editAnyway() !== props.request.id;
  const set = (patch: Parameters<typeof withBody>[1]) =>
    props.onChange(withBody(props.request, patch));
  const client = createFormatClientAccessor(() => undefined);
  const [beautifying, setBeautifying] = createSignal(false);
  const [beautifyNote, setBeautifyNote] = createSignal("");
  const beautify = async () => {
    setBeautifying(true);
    setBeautifyNote("");
    const result = await beautifyBody(client(), body().raw, body().language);
    setBeautifying(false);
    if (result.ok) set({ raw: result.value });
    setBeautifyNote(result.ok ? "Body beautified." : `Couldn't beautify: ${result.error}`);
  };
  const pickBinary = async (file: File) => {
    if (!props.storeFile) return;
    const fileId = await props.storeFile(file);
    set({ file: { fileId, fileName: file.name, contentType: file.type || undefined } });
  };
  return (
    <div class="request-section">
      <div role="radiogroup" aria-label="Body type" class="body-modes">
        <For each={BODY_MODES}>
          {([mode, label]) => (
            <label class="body-mode">
              <input
                type="radio"
                name={name}
                value={mode}
                checked={body().mode === mode}
                onChange={() => set({ mode })}
              />
              {label}
            </label>
          )}
        </For>
      </div>
      <Switch>
        <Match when={body().mode === "none"}>
          <p class="request-note">This request has no body.</p>
        </Match>
        <Match when={body().mode === "raw"}>
          <label class="inline-field">
            Language
            <select
              value={body().language}
              onChange={(e) => set({ language: e.currentTarget.value as RawLanguage })}
            >
              <For each={RAW_LANGUAGES}>
                {([value, label]) => <option value={value}>{label}</option>}
              </For>
            </select>
          </label>
          <Show when={canBeautify(body().language) && !readOnly()}>
            <button
              type="button"
              class="button"
              disabled={beautifying() || body().raw.trim() === ""}
              onClick={() => void beautify()}
            >
              Beautify
            </button>
          </Show>
          <span class="request-note" role="status">
            {beautifyNote()}
          </span>
          <Show
            when={readOnly()}
            fallback={
              <CodeEditor
                groupLabel="Body"
                label="Request body"
                value={body().raw}
                onChange={(raw) => set({ raw })}
                language={body().language}
                lookup={props.lookup}
                variableNames={props.variableNames}
              />
            }
          >
            <LargeBodyView
              text={body().raw}
              language={body().language}
              onEdit={() => setEditAnyway(props.request.id)}
            />
          </Show>
        </Match>
        <Match when={body().mode === "urlencoded"}>
          <KeyValueTable
            label="Form fields"
            rows={body().urlencoded}
            onChange={(urlencoded) => set({ urlencoded })}
            blank={blankRow}
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
        </Match>
        <Match when={body().mode === "formdata"}>
          <FormDataTable
            rows={body().formdata}
            onChange={(formdata) => set({ formdata })}
            lookup={props.lookup}
            variableNames={props.variableNames}
            storeFile={props.storeFile}
          />
        </Match>
        <Match when={body().mode === "file"}>
          <label class="inline-field">
            Body file
            <input
              type="file"
              disabled={!props.storeFile}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void pickBinary(file).catch(() => undefined);
              }}
            />
          </label>
          <Show when={body().file?.fileName}>
            {(fileName) => <p class="file-name">Selected: {fileName()}</p>}
          </Show>
        </Match>
        <Match when={body().mode === "graphql"}>
          <CodeEditor
            label="GraphQL query"
            value={body().graphql.query}
            onChange={(query) => set({ graphql: { ...body().graphql, query } })}
            language="graphql"
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
          <CodeEditor
            label="GraphQL variables"
            value={body().graphql.variables}
            onChange={(variables) => set({ graphql: { ...body().graphql, variables } })}
            language="json"
            lookup={props.lookup}
            variableNames={props.variableNames}
          />
        </Match>
      </Switch>
    </div>
  );
}
