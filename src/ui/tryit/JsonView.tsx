/**
 * Pretty JSON with folding: every object and array is a <details> (open for the first levels),
 * so a reader can fold what they do not need without any script of ours per node.
 */
import { For, Match, Switch } from "solid-js";

/** Props of {@link JsonView}. */
export interface JsonViewProps {
  value: unknown;
}

interface NodeProps {
  name?: string;
  value: unknown;
  depth: number;
  comma: boolean;
}

const OPEN_LEVELS = 2;

function Label(props: { name: string | undefined }) {
  return (
    <>
      {props.name !== undefined && (
        <>
          <span class="key">{JSON.stringify(props.name)}</span>
          {": "}
        </>
      )}
    </>
  );
}

function JsonNode(props: NodeProps) {
  const entries = () =>
    Array.isArray(props.value)
      ? props.value.map((v, i) => [undefined, v, i] as const)
      : Object.entries(props.value as Record<string, unknown>).map(
          ([k, v], i) => [k, v, i] as const,
        );
  const brackets = () => (Array.isArray(props.value) ? ["[", "]"] : ["{", "}"]);
  return (
    <Switch>
      <Match when={typeof props.value === "object" && props.value !== null && entries().length}>
        <details open={props.depth < OPEN_LEVELS}>
          <summary>
            <Label name={props.name} />
            {brackets()[0]}
            <span class="hint"> {entries().length} </span>
          </summary>
          <For each={entries()}>
            {([name, value, i]) => (
              <JsonNode
                name={name}
                value={value}
                depth={props.depth + 1}
                comma={i < entries().length - 1}
              />
            )}
          </For>
          <div>
            {brackets()[1]}
            {props.comma ? "," : ""}
          </div>
        </details>
      </Match>
      <Match when={true}>
        <div class="row">
          <Label name={props.name} />
          {typeof props.value === "object" && props.value !== null
            ? Array.isArray(props.value)
              ? "[]"
              : "{}"
            : JSON.stringify(props.value)}
          {props.comma ? "," : ""}
        </div>
      </Match>
    </Switch>
  );
}

/** A folding view of a parsed JSON value. */
export function JsonView(props: JsonViewProps) {
  return (
    <div class="json">
      <JsonNode value={props.value} depth={0} comma={false} />
    </div>
  );
}
