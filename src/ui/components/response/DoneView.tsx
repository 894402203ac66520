/** A finished response: status bar, warnings, and the Body / Headers (and extra) tabs. */
import type { JSX } from "solid-js";
import { createMemo } from "solid-js";
import type { HttpResponse, SendError } from "../../../core/http/transport";
import type { FormatClient } from "../../../workers/format/types";
import type { TabItem } from "../common/Tabs";
import { Tabs } from "../common/Tabs";
import { BodyView } from "./BodyView";
import { createBodyDocument } from "./createBodyDocument";
import { HeadersView } from "./HeadersView";
import { StatusBar } from "./StatusBar";
import { WarningList } from "./WarningList";

/** Props of {@link DoneView}. */
export interface DoneViewProps {
  client: FormatClient;
  response: HttpResponse;
  warnings: SendError[] | undefined;
  extraTabs: readonly TabItem[] | undefined;
  seesSetCookie: boolean | undefined;
  onSaveExample?: ((response: HttpResponse) => void) | undefined;
}

/** Opens the body in the worker once per response; switching tabs keeps it open. */
export function DoneView(props: DoneViewProps) {
  const doc = createBodyDocument(
    () => props.client,
    () => props.response,
  );
  const tabs = createMemo((): TabItem[] => [
    {
      name: "Body",
      render: (): JSX.Element => (
        <BodyView client={props.client} doc={doc} response={props.response} />
      ),
    },
    {
      name: "Headers",
      render: (): JSX.Element => (
        <HeadersView headers={props.response.headers} seesSetCookie={props.seesSetCookie} />
      ),
    },
    ...(props.extraTabs ?? []),
  ]);
  return (
    <div class="response-done">
      <StatusBar response={props.response} onSaveExample={props.onSaveExample} />
      <WarningList warnings={props.warnings} />
      <Tabs label="Response sections" tabs={tabs()} variant="response" />
    </div>
  );
}
