/**
 * The request editor the app mounts for a tab's draft: URL bar and section tabs (each request
 * keeps its own section; a new one opens on Params or Body, see requestSections.ts). Every edit
 * calls onChange with a new Request (immutable updates; see requestUpdates.ts).
 */
import type { JSX } from "solid-js";
import { lazy } from "solid-js";
import type { Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { Tabs } from "../common/Tabs";
import { BodyPanel } from "./BodyPanel";
import { ExamplesPanel } from "./ExamplesPanel";
import { HeadersPanel } from "./HeadersPanel";
import { ParamsPanel } from "./ParamsPanel";
import { ScriptStack } from "./ScriptStack";
import { withAuth, withMethod, withUrl } from "./requestUpdates";
import { createRequestSections } from "./requestSections";
import { countEnabled } from "./rows";
import { SettingsPanel } from "./SettingsPanel";
import { UrlBar } from "./UrlBar";
import "../../styles/request.css";

/** The Auth tab's editor (every auth type's fields) loads when the tab first opens. */
const AuthPanel = lazy(() => import("./AuthPanel").then((m) => ({ default: m.AuthPanel })));

/** The code panel (and its generators) loads when the "Code" tab first opens. */
const CodeTab = lazy(() => import("../codegen/CodeTab").then((m) => ({ default: m.CodeTab })));

/** Props of {@link RequestEditor} (the lead's mount contract). */
export interface RequestEditorProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  onSend: () => void;
  onCancel: () => void;
  sending: boolean;
  onSave?: () => void;
  /** For "Headers the browser adds"; default location.origin. */
  pageOrigin?: string;
  /** Stores a picked file and returns its fileId. */
  storeFile?: (file: File) => Promise<string>;
}

/** Renders the editor. */
export function RequestEditor(props: RequestEditorProps): JSX.Element {
  const common = {
    get request() {
      return props.request;
    },
    onChange: (next: Request) => props.onChange(next),
    get lookup() {
      return props.lookup;
    },
    get variableNames() {
      return props.variableNames;
    },
  };
  const sections = createRequestSections(() => props.request);
  // A paste handler: the cURL parser loads on first paste, outside the app shell; the draft is
  // read when the parse is done, so edits made meanwhile are kept.
  const pasteCurl = (command: string) =>
    // eslint-disable-next-line solid/reactivity -- an event handler's callback reads props once
    void import("../import/pasteCurl").then(({ withPastedCurl }) => {
      const next = withPastedCurl(props.request, command);
      if (next) props.onChange(next);
    });
  return (
    <div class="request-editor">
      <UrlBar
        method={props.request.method}
        url={props.request.url}
        onMethod={(m) => props.onChange(withMethod(props.request, m))}
        onUrl={(url) => props.onChange(withUrl(props.request, url))}
        lookup={props.lookup}
        variableNames={props.variableNames}
        sending={props.sending}
        onSend={() => props.onSend()}
        onCancel={() => props.onCancel()}
        onPasteCurl={pasteCurl}
      />
      <Tabs
        label="Request sections"
        selected={sections.selected()}
        onSelect={sections.select}
        tabs={[
          {
            name: "Params",
            count: () => countEnabled(props.request.params),
            render: () => <ParamsPanel {...common} />,
          },
          {
            name: "Headers",
            count: () => countEnabled(props.request.headers),
            render: () => (
              <HeadersPanel {...common} pageOrigin={props.pageOrigin ?? location.origin} />
            ),
          },
          {
            name: "Body",
            render: () => <BodyPanel {...common} storeFile={props.storeFile} />,
          },
          {
            name: "Auth",
            render: () => (
              <AuthPanel
                auth={props.request.auth}
                onChange={(auth) => props.onChange(withAuth(props.request, auth))}
                allowInherit
                lookup={props.lookup}
                variableNames={props.variableNames}
              />
            ),
          },
          {
            name: "Pre-request",
            render: () => <ScriptStack kind="prerequest" {...common} />,
          },
          {
            name: "Tests",
            render: () => <ScriptStack kind="test" {...common} />,
          },
          { name: "Settings", render: () => <SettingsPanel {...common} /> },
          {
            name: "Examples",
            count: () => props.request.examples.length,
            render: () => <ExamplesPanel {...common} />,
          },
          { name: "Code", render: () => <CodeTab request={props.request} /> },
        ]}
      />
    </div>
  );
}
