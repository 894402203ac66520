/**
 * A finished response: status bar, warnings, and the Body / Headers (and extra) tabs, then
 * Timing, and Redirects when there were any (last, so the tabs before it never move).
 */
import type { JSX } from "solid-js";
import { createMemo } from "solid-js";
import type { HttpResponse, SendError } from "../../../core/http/transport";
import type { FormatClient } from "../../../workers/format/types";
import type { TabItem } from "../common/Tabs";
import { Tabs } from "../common/Tabs";
import { BodyView } from "./BodyView";
import { createBodyDocument } from "./createBodyDocument";
import { HeadersView } from "./HeadersView";
import { RedirectsView, hasRedirects } from "./RedirectsView";
import { StatusBar } from "./StatusBar";
import { TimingView } from "./TimingView";
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
    {
      name: "Timing",
      render: (): JSX.Element => (
        <TimingView timings={props.response.timings} timeMs={props.response.timeMs} />
      ),
    },
    ...(hasRedirects(props.response)
      ? [
          {
            name: "Redirects",
            count: () => props.response.redirects?.length ?? 0,
            render: (): JSX.Element => (
              <RedirectsView
                redirects={props.response.redirects}
                finalUrl={props.response.url}
                finalStatus={props.response.status}
                finalStatusText={props.response.statusText}
              />
            ),
          },
        ]
      : []),
  ]);
  return (
    <div class="response-done">
      <StatusBar response={props.response} onSaveExample={props.onSaveExample} />
      <WarningList warnings={props.warnings} />
      <Tabs label="Response sections" tabs={tabs()} variant="response" />
    </div>
  );
}
