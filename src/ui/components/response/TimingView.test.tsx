// @vitest-environment jsdom
/** The response's Timing tab (issue 12): phases from Node and the agent, the total from fetch. */
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { HttpResponse, TimingPhases } from "../../../core/http/transport";
import { ResponseViewer } from "./ResponseViewer";
import { fakeFormatClient } from "./test/fakeFormatClient";
import { okResponse } from "./test/okResponse";

afterEach(cleanup);

const response = okResponse;

/** Renders a finished response and opens its Timing tab. */
function openTiming(r: HttpResponse) {
  render(() => (
    <ResponseViewer state={{ kind: "done", response: r }} client={fakeFormatClient().client} />
  ));
  fireEvent.click(screen.getByRole("tab", { name: "Timing" }));
  return screen.getByRole("tabpanel");
}

/** Each row of the table as [phase, time]. */
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [
      within(row).getByRole("rowheader").textContent,
      within(row).getByRole("cell", { name: /\d/ }).textContent,
    ]);

const measured: TimingPhases = {
  dnsMs: 3.4,
  connectMs: 12,
  tlsMs: 24.6,
  firstByteMs: 140,
  downloadMs: 2330,
  totalMs: 2510,
};

describe("Timing tab", () => {
  it("lists every phase with its time, through the one formatter, and the total", () => {
    const panel = openTiming(response({ timeMs: 2510, timings: measured }));
    const table = within(panel).getByRole("table", { name: "Timing phases" });
    expect(rows(table)).toEqual([
      ["DNS lookup", "3 ms"],
      ["TCP connect", "12 ms"],
      ["TLS handshake", "25 ms"],
      ["Waiting (first byte)", "140 ms"],
      ["Download", "2.33 s"],
      ["Total", "2.51 s"],
    ]);
    expect(panel.textContent).not.toContain("Timing-Allow-Origin");
  });

  it("places each bar where its phase began, stacked up to the total", () => {
    const panel = openTiming(response({ timings: { ...measured, totalMs: 200, downloadMs: 20 } }));
    const bars = [...panel.querySelectorAll<HTMLElement>("tbody .timing-bar")];
    // 3.4 + 12 + 24.6 + 140 + 20 = 200 ms: TLS starts at 15.4 ms (7.7 %) and takes 12.3 %.
    expect(bars.map((b) => [b.style.marginLeft, b.style.width])).toEqual([
      ["0%", "1.7%"],
      ["1.7%", "6%"],
      ["7.7%", "12.3%"],
      ["20%", "70%"],
      ["90%", "10%"],
    ]);
    expect(panel.querySelector<HTMLElement>("tfoot .timing-bar")?.style.width).toBe("100%");
  });

  it("puts the earlier redirect hops first when there were any", () => {
    const panel = openTiming(response({ timings: { ...measured, redirectMs: 48 } }));
    const table = within(panel).getByRole("table", { name: "Timing phases" });
    expect(rows(table)[0]).toEqual(["Redirects", "48 ms"]);
    expect(rows(table)).toHaveLength(7);
  });

  it("says what fetch hides and shows only the total without phases", () => {
    const panel = openTiming(response({ timeMs: 85 }));
    expect(panel.textContent).toContain(
      "The browser's fetch exposes only the total time for cross-origin requests without " +
        "Timing-Allow-Origin; send through the local agent to see DNS, connect, TLS, first " +
        "byte and download.",
    );
    expect(within(panel).queryByRole("table")).toBeNull();
    expect(within(panel).getByText("Total").parentElement?.textContent).toBe("Total 85 ms");
  });
});
