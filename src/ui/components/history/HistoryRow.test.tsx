// @vitest-environment jsdom
/**
 * Regression (issue 11): history wrote "2330 ms" for a response the status bar showed as
 * "2.33 s"; both now use core's one duration formatter.
 */
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { emptyBody, noAuth } from "../../../core/factory";
import type { HistoryEntry } from "../../../core/model";
import { StatusBar } from "../response/StatusBar";
import { HistoryRow } from "./HistoryRow";

afterEach(cleanup);

const entry = (timeMs: number): HistoryEntry => ({
  id: "h1",
  schemaVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  workspaceId: "ws",
  request: {
    method: "GET",
    url: "https://x/a",
    name: "",
    params: [],
    headers: [],
    body: emptyBody(),
    auth: noAuth(),
  },
  resolvedUrl: "https://x/a",
  sentAt: 0,
  response: {
    status: 200,
    statusText: "OK",
    headers: [],
    timeMs,
    sizeBytes: 2,
    url: "https://x/a",
    redirected: false,
  },
});

describe("HistoryRow's duration", () => {
  it("reads as the status bar reads the same response", () => {
    render(() => (
      <>
        <ul>
          <HistoryRow entry={entry(2330)} now={60_000} onOpen={() => {}} />
        </ul>
        <StatusBar
          response={{
            status: 200,
            statusText: "OK",
            headers: [],
            body: new Uint8Array(2),
            timeMs: 2330,
            url: "https://x/a",
            redirected: false,
          }}
        />
      </>
    ));
    const row = screen.getByRole("button", { name: /GET https:\/\/x\/a/ });
    expect(row.getAttribute("aria-label")).toContain(", 2.33 s,");
    expect(row.querySelector(".history-time")?.textContent).toBe("2.33 s");
    expect(screen.getByText("Time").parentElement?.textContent).toBe("Time 2.33 s");
  });
});
