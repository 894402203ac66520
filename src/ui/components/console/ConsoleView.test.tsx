// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ConsoleEntry } from "../../../core/sandbox/types";
import { keepConsole } from "../../stores/consoleLog";
import { ConsoleView } from "./ConsoleView";

const line = (text: string, level: ConsoleEntry["level"] = "log"): ConsoleEntry => ({
  level,
  args: [text],
  at: 0,
  location: "request",
});

afterEach(cleanup);

describe("ConsoleView", () => {
  it("renders a screenful of a 200,000-line console and says what it keeps", async () => {
    const all = Array.from({ length: 200_000 }, (_, i) => line(`line ${i}`));
    const kept = keepConsole(all);
    render(() => <ConsoleView entries={kept.console} total={kept.consoleTotal} />);
    const list = screen.getByRole("list", { name: "Console output" });
    // Rows measure themselves a microtask after they mount; the window must stay small after.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const rows = within(list).getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]?.textContent).toContain(`line ${200_000 - kept.console.length}`);
    expect(rows[0]?.getAttribute("aria-setsize")).toBe(String(kept.console.length));
    expect(screen.getByRole("note").textContent).toBe(
      `Showing the last ${kept.console.length.toLocaleString("en-US")} of 200,000 entries.`,
    );
  });

  it("cuts a 50 MB entry and shows it all on request", () => {
    const huge = "x".repeat(50 * 1024 * 1024);
    render(() => <ConsoleView entries={[line(huge, "warn"), line("after")]} total={2} />);
    const [first] = within(screen.getByRole("list", { name: "Console output" })).getAllByRole(
      "listitem",
    );
    expect(first!.textContent!.length).toBeLessThan(3_000);
    expect(screen.queryByRole("note")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show all (52,428,800 characters)" }));
    expect(first!.textContent).toContain(huge);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
  });
});
