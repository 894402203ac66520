// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ItemResult } from "../../core/pipeline";
import type { ConsoleEntry } from "../../core/sandbox/types";
import { Tabs } from "../components/common/Tabs";
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

  it("names the Tests tab with its counts and tone, and counts the console", () => {
    const result = {
      assertions: [
        { name: "status is 200", passed: true, skipped: false, location: "request" },
        { name: "has an id", passed: false, skipped: false, location: "request" },
      ],
      errors: [{ code: "RUNTIME", message: "x is not defined", location: "folder:Auth" }],
    } as unknown as ItemResult;
    const levels = ["log", "info", "warn", "error"] as const;
    const run: TabRun = {
      state: { kind: "idle" },
      result,
      console: levels.map((level) => ({ level, args: [level], at: 0, location: "request" })),
      consoleTotal: 4,
    };
    render(() => <Tabs label="Response sections" tabs={sendResultTabs(() => run)} />);
    const tests = screen.getByRole("tab", { name: "Tests 1/2 · 1 script error" });
    expect(tests.dataset.tone).toBe("fail");
    expect(screen.getByRole("status").textContent).toBe(
      "1 passed, 1 failed, 0 skipped, 1 script error",
    );
    const consoleTab = screen.getByRole("tab", { name: "Console" });
    expect(consoleTab.textContent).toBe("Console4");
  });

  it("is green when every test passed", () => {
    const result = {
      assertions: [{ name: "ok", passed: true, skipped: false, location: "request" }],
      errors: [],
    } as unknown as ItemResult;
    const tabs = sendResultTabs(() => ({ state: { kind: "idle" }, result, console: [] }));
    expect(tabs.map((t) => [t.name, t.tone])).toEqual([["Tests 1/1", "pass"]]);
  });
});
