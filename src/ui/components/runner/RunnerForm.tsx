/** The runner's settings: what to run, environment, data file (with preview), iterations, delay. */
import { For, Show } from "solid-js";
import { useEnvironments } from "../../host/hooks";
import { DataPreview } from "./DataPreview";
import type { RunnerForm as Form, TargetOption } from "./createRunnerForm";
import { targetValue } from "./createRunnerForm";

/** Props of {@link RunnerForm}. */
export interface RunnerFormProps {
  form: Form;
  targets: readonly TargetOption[];
  disabled: boolean;
}

/** The labelled fields. */
export function RunnerForm(props: RunnerFormProps) {
  const environments = useEnvironments();
  return (
    <fieldset class="runner-form" disabled={props.disabled}>
      <label class="stacked-field">
        Collection or folder
        <select
          value={targetValue(props.form.target())}
          onChange={(e) => props.form.setTarget(e.currentTarget.value)}
        >
          <For each={props.targets}>
            {(t) => (
              <option value={t.value} selected={t.value === targetValue(props.form.target())}>
                {t.label}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="stacked-field">
        Environment
        <select
          value={props.form.environment() ?? ""}
          onChange={(e) => props.form.setEnvironment(e.currentTarget.value || null)}
        >
          <option value="">No environment</option>
          <For each={environments.list()}>
            {(env) => (
              <option value={env.id} selected={env.id === props.form.environment()}>
                {env.name}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="stacked-field">
        Data file
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => void props.form.setFile(e.currentTarget.files?.[0])}
        />
      </label>
      <label class="stacked-field">
        Iterations
        <input
          type="number"
          min="1"
          placeholder={String(Math.max(props.form.rows().length, 1))}
          value={props.form.iterations() ?? ""}
          onInput={(e) => props.form.setIterations(e.currentTarget.value)}
        />
      </label>
      <label class="stacked-field">
        Delay (ms)
        <input
          type="number"
          min="0"
          value={props.form.delayMs()}
          onInput={(e) => props.form.setDelayMs(e.currentTarget.value)}
        />
      </label>
      <Show when={props.form.data()}>
        {(file) => (
          <Show
            when={!file().error}
            fallback={
              <p class="runner-fail" role="alert">
                {file().name}: {file().error}
              </p>
            }
          >
            <DataPreview rows={file().rows} />
          </Show>
        )}
      </Show>
    </fieldset>
  );
}
