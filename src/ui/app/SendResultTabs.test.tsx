// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ConsoleEntry } from "../../core/sandbox/types";
import type { TabRun } from "../stores/send";
import { sendResultTabs } from "./SendResultTabs";

afterEach(cleanup);

describe("sendResultTabs", () => {
  it("shows a long console as a window of rows, saying how much of it is kept", async () => {
    // What the send store holds after a script logged 200,000 lines: the last 5,000 and a count.
    const entries: ConsoleEntry[] = Array.from({ length: 5_000 }, (_, i) => ({
      level: "log",
      args: [`line ${195_000 + i}`],
      at: 0,
      location: "request",
    }));
    const run: TabRun = { state: { kind: "idle" }, console: entries, consoleTotal: 200_000 };
    const tab = sendResultTabs(() => run).find((t) => t.name === "Console");
    render(() => tab!.render());
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const list = screen.getByRole("list", { name: "Console output" });
    expect(list.querySelectorAll("li").length).toBeLessThan(100);
    expect(within(list).getAllByRole("listitem")[0]?.textContent).toContain("line 195000");
    expect(screen.getByText("Showing the last 5,000 of 200,000 entries.")).toBeTruthy();
  });
});
