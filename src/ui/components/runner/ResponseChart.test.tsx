// @vitest-environment jsdom
/** The runner's chart stacks each bar by timing phase when the record carries them (issue 12). */
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { TimingPhases } from "../../../core/http/transport";
import type { ExecutionRecord } from "../../../core/report";
import { ResponseChart } from "./ResponseChart";

afterEach(cleanup);

function execution(name: string, timeMs: number, timings?: TimingPhases): ExecutionRecord {
  return {
    iteration: 0,
    index: 0,
    item: { id: name, name },
    path: [],
    response: {
      code: 200,
      status: "OK",
      headers: [],
      timeMs,
      size: 2,
      ...(timings && { timings }),
    },
    skipped: false,
    assertions: [],
    failures: [],
  };
}

const phases: TimingPhases = {
  dnsMs: 10,
  connectMs: 20,
  tlsMs: 0,
  firstByteMs: 50,
  downloadMs: 20,
  totalMs: 100,
};

const slices = (figure: HTMLElement) =>
  [...figure.querySelectorAll<SVGRectElement>("rect.runner-chart-phase")].map((r) => ({
    phase: r.getAttribute("class")?.split(" ")[1],
    y: Number(r.getAttribute("y")),
    height: Number(r.getAttribute("height")),
    title: r.querySelector("title")?.textContent,
  }));

describe("ResponseChart", () => {
  it("stacks a bar by phase, bottom up, with a legend of the phases drawn", () => {
    render(() => (
      <ResponseChart executions={[execution("Timed", 100, phases), execution("Plain", 50)]} />
    ));
    const figure = screen.getByRole("figure");
    expect(
      within(figure).getByRole("img", {
        name: "Response times per request, stacked by timing phase",
      }),
    ).toBeTruthy();
    const legend = within(figure).getByRole("list", { name: "Timing phases" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["DNS lookup", "TCP connect", "Waiting (first byte)", "Download"]);
    // The chart is 120 units tall and scaled to the slowest bar (100 ms): 1.2 units per ms.
    expect(slices(figure)).toEqual([
      { phase: "phase-dns", y: 108, height: 12, title: "Timed, DNS lookup: 10 ms" },
      { phase: "phase-connect", y: 84, height: 24, title: "Timed, TCP connect: 20 ms" },
      { phase: "phase-first-byte", y: 24, height: 60, title: "Timed, Waiting (first byte): 50 ms" },
      { phase: "phase-download", y: 0, height: 24, title: "Timed, Download: 20 ms" },
    ]);
    const whole = [...figure.querySelectorAll("rect.runner-chart-bar")];
    expect(whole.map((r) => r.classList.contains("runner-chart-bar-stacked"))).toEqual([
      true,
      false,
    ]);
  });

  it("draws plain bars and no legend when no record has timings", () => {
    render(() => <ResponseChart executions={[execution("Plain", 50)]} />);
    const figure = screen.getByRole("figure");
    expect(within(figure).getByRole("img", { name: "Response times per request" })).toBeTruthy();
    expect(within(figure).queryByRole("list")).toBeNull();
    expect(slices(figure)).toEqual([]);
    expect(figure.querySelectorAll("rect.runner-chart-bar")).toHaveLength(1);
  });
});
