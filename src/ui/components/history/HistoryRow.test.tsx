// @vitest-environment jsdom
/**
 * Regression (issue 11): history wrote "2330 ms" for a response the status bar showed as
 * "2.33 s"; both now use core's one duration formatter. Issue 12: the row's tooltip shows the
 * timing phases an entry kept.
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

describe("HistoryRow", () => {
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

  it("adds the timing phases to the row's tooltip when the entry kept them", () => {
    const timed = entry(60);
    timed.response = {
      ...timed.response!,
      timings: { dnsMs: 2, connectMs: 3, tlsMs: 5, firstByteMs: 40, downloadMs: 10, totalMs: 60 },
    };
    render(() => (
      <ul>
        <HistoryRow entry={timed} now={60_000} onOpen={() => {}} />
        <HistoryRow entry={entry(60)} now={60_000} onOpen={() => {}} />
      </ul>
    ));
    const [withPhases, without] = screen.getAllByRole("button", { name: /GET https:\/\/x\/a/ });
    expect(withPhases?.getAttribute("title")).toBe(
      "https://x/a\nDNS lookup 2 ms · TCP connect 3 ms · TLS handshake 5 ms · " +
        "Waiting (first byte) 40 ms · Download 10 ms",
    );
    expect(without?.getAttribute("title")).toBe("https://x/a");
  });
});
