/**
 * One OpenAPI operation as a try-it form: method, path and summary; the server and its
 * variables; parameters; the body; credentials; then Send and what came back. The form's
 * values live in one store; the request is built from them by the core on demand.
 */
import { createSignal, For, onCleanup, onMount, Show, untrack } from "solid-js";
import { createStore } from "solid-js/store";
import type { Transport } from "../../core/http/transport";
import { buildTryItRequest } from "../../core/tryit/buildRequest";
import type { AuthValue } from "../../core/tryit/securityTypes";
import type { TryItOperation } from "../../core/tryit/types";
import { Actions } from "./Actions";
import { AuthInputs } from "./AuthInputs";
import { BodyEditor } from "./BodyEditor";
import { createOpenLink } from "./createOpenLink";
import { createSender } from "./createSender";
import { isRemembered, keep, recall, setRemembered } from "./credentials";
import type { FileStore } from "./files";
import type { FormValues } from "./formState";
import { bodyText, fieldTexts, paramKey, toInput } from "./formState";
import { initialForm } from "./initialForm";
import type { OAuthFieldsProps } from "./OAuthFields";
import type { PanelOptions } from "./options";
import { ParamField } from "./ParamField";
import { routeSettings } from "./routeSettings";
import { ServerPicker } from "./ServerPicker";

/** Props of {@link OperationPanel}. */
export interface OperationPanelProps {
  op: TryItOperation;
  options: PanelOptions;
  host: HTMLElement;
  files: FileStore;
  /** Where the spec came from (absolute), to resolve relative server URLs. */
  specUrl: string;
  transport: () => Transport | undefined;
}

function presetAuth(op: TryItOperation, preset: Record<string, AuthValue>) {
  const out: Record<string, AuthValue> = { ...preset };
  for (const alt of op.security.alternatives) {
    for (const input of alt.inputs) {
      const recalled = recall(input.scheme);
      if (recalled) out[input.scheme] = recalled;
    }
  }
  return out;
}

/** The form of one operation. */
export function OperationPanel(props: OperationPanelProps) {
  const op = () => props.op;
  // The panel is rebuilt when an attribute changes: its first values are read once.
  const [form, setForm] = createStore<FormValues>(
    untrack(() =>
      initialForm(props.op, props.options.server, presetAuth(props.op, props.options.auth)),
    ),
  );
  const [version, setVersion] = createSignal(0);
  const [remembered, setRememberedSignal] = createSignal(isRemembered());
  const touched = () => setVersion(version() + 1);

  const build = (withAuth = true) => {
    const input = toInput(op(), form, props.specUrl);
    if (!input.ok) return Promise.resolve(input);
    return Promise.resolve(
      buildTryItRequest(op(), withAuth ? input.value : { ...input.value, auth: {} }),
    );
  };
  const route = () => routeSettings(props.options, props.files);
  const sender = createSender({
    host: untrack(() => props.host),
    build: () => build(),
    route,
    transport: () => props.transport(),
  });
  const open = createOpenLink({
    appUrl: untrack(() => props.options.appUrl),
    name: () => op().summary ?? `${op().method} ${op().path}`,
    build: () => build(false),
    version,
  });

  const addFiles = (list: FileList | null) => {
    const picked = [];
    for (const file of list ?? []) picked.push(props.files.add(file));
    return picked;
  };
  const setAuth = (scheme: string, value: AuthValue) => {
    setForm("auth", scheme, value);
    keep(scheme, value);
    touched();
  };
  const obtain: OAuthFieldsProps["obtain"] = async (req) => {
    const [{ obtainAccessToken }, { loadTransport }] = await Promise.all([
      import("./oauth"),
      import("./transports"),
    ]);
    const transport = props.transport() ?? (await loadTransport(route()));
    const redirect = props.options.oauth2RedirectUrl;
    const redirectUri = redirect
      ? new URL(redirect, document.baseURI).href
      : `${location.origin}${location.pathname}`;
    return obtainAccessToken({ ...req, redirectUri, transport });
  };
  const usesOAuth = () =>
    op().security.alternatives.some((a) => a.inputs.some((i) => i.kind === "oauth2"));
  onMount(() => {
    // The popup must open within the click's user activation: have the code ready.
    if (usesOAuth()) void import("./oauth");
  });
  const hidden = (part: Parameters<PanelOptions["hide"]["has"]>[0]) => props.options.hide.has(part);
  onCleanup(() => sender.cancel());

  return (
    <section
      role="region"
      aria-label={`Try ${op().method} ${op().path}`}
      part="panel"
      onInput={touched}
      onChange={touched}
    >
      <header part="header">
        <span class="method" part="method">
          {op().method}
        </span>
        <code class="path" part="path">
          {op().path}
        </code>
        <Show when={op().summary}>
          <span class="summary">{op().summary}</span>
        </Show>
        <Show when={op().deprecated}>
          <span class="hint">deprecated</span>
        </Show>
      </header>
      <Show when={op().description && !props.options.compact}>
        <p class="desc">{op().description}</p>
      </Show>
      <Show when={!hidden("servers") && (op().servers.length > 0 || form.server.url)}>
        <ServerPicker
          servers={op().servers}
          value={form.server}
          onChange={(server) => setForm("server", server)}
        />
      </Show>
      <Show when={!hidden("params") && op().parameters.length > 0}>
        <fieldset part="params">
          <legend>Parameters</legend>
          <For each={op().parameters}>
            {(p) => (
              <ParamField
                param={p}
                value={form.params[paramKey(p)]}
                onChange={(value) => setForm("params", paramKey(p), value)}
              />
            )}
          </For>
        </fieldset>
      </Show>
      <Show when={!hidden("body") && op().requestBody}>
        {(body) => (
          <BodyEditor
            body={body()}
            mediaType={form.mediaType}
            text={form.bodyText}
            fields={form.fields}
            onMediaType={(mediaType) => {
              const media = body().content.find((m) => m.mediaType === mediaType);
              setForm({ mediaType, bodyText: bodyText(media), fields: fieldTexts(media) });
            }}
            onText={(text) => setForm("bodyText", text)}
            onField={(name, text) => setForm("fields", name, text)}
            onFiles={(name, list) => setForm("files", name, addFiles(list))}
          />
        )}
      </Show>
      <Show when={!hidden("auth")}>
        <AuthInputs
          plan={op().security}
          alternative={form.security}
          onAlternative={(index) => setForm("security", index)}
          values={form.auth}
          onChange={setAuth}
          remembered={remembered()}
          onRemember={(on) => {
            setRemembered(on);
            setRememberedSignal(on);
          }}
          obtain={obtain}
        />
      </Show>
      <Actions
        sender={sender}
        build={() => build()}
        version={version()}
        openHref={open.href()}
        onOpenIntent={open.refresh}
        hide={props.options.hide}
        proxyUrl={props.options.proxyUrl}
        agent={props.options.agent}
      />
    </section>
  );
}
