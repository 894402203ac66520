import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { events } from "../../core/report/test/events";
import type { ItemEvent } from "../../core/runner";
import type { ConsoleEntry } from "../../core/sandbox/types";
import { item } from "../../core/report/test/events";
import { makeCliReporter } from "./cli";
import { consoleBox, wrap } from "./consoleBox";
import { paletteFor, symbolsFor } from "./style";
import { makeHtmlReporter } from "./html";
import { makeJsonReporter } from "./json";
import { makeJunitReporter } from "./junit";
import { makeProgressBar, progressText } from "./progress";
import type { Reporter } from "./types";

const dir = () => mkdtempSync(join(tmpdir(), "rep-"));
const context = {
  collectionName: "Col",
  environmentName: "Env",
  finalScopes: () => ({ environment: { e: 1 }, globals: {} }),
};
async function feed(r: Reporter) {
  events.forEach((e) => r.onEvent(e));
  await r.finish();
}

describe("file reporters", () => {
  it("json: writes Newman's shape with bodies and the final variables", async () => {
    const path = join(dir(), "r.json");
    await feed(makeJsonReporter(path, context));
    const report = JSON.parse(readFileSync(path, "utf8"));
    expect(report.collection.info.name).toBe("Col");
    expect(report.environment.values).toEqual([{ key: "e", value: 1, type: "any", enabled: true }]);
    expect(report.run.executions[0].response.body).toBe("hi");
    expect(report.run.failures).toHaveLength(2);
  });

  it("junit: writes the XML document", async () => {
    const path = join(dir(), "r.xml");
    await feed(makeJunitReporter(path));
    expect(readFileSync(path, "utf8")).toContain('<testsuite name="Folder / B"');
  });

  it("html: writes the page", async () => {
    const path = join(dir(), "r.html");
    await feed(makeHtmlReporter(path, context));
    const html = readFileSync(path, "utf8");
    expect(html).toContain("environment Env");
    expect(html).toContain("✗ B &lt;check&gt;");
  });
});

describe("cli reporter", () => {
  it("prints lines per item, the summary table and the failure list", async () => {
    let text = "";
    await feed(makeCliReporter((t) => (text += t), "Col"));
    expect(text).toContain("→ Folder / A");
    expect(text).toContain("  ✓  A <check>");
    expect(text).toContain("  1. B <check>");
    expect(text).toContain("  GET http://x/?q=<b> [200 OK, 47B, 4ms]");
    expect(text).toMatch(/│ assertions\s+│\s+2 │\s+1 │/);
    expect(text).toContain("expected 1 & 2");
  });
});

describe("progress bar", () => {
  it("fills in proportion and counts requests", () => {
    expect(progressText(0, 4, 4)).toBe("[    ] 0/4 requests");
    expect(progressText(2, 4, 4)).toBe("[==  ] 2/4 requests");
    expect(progressText(5, 4, 4)).toBe("[====] 5/4 requests");
  });

  it("redraws with \\r as items finish and erases itself at the end", async () => {
    const writes: string[] = [];
    await feed(makeProgressBar((t) => writes.push(t)));
    expect(writes[0]).toBe(`\r${progressText(0, 3)}`);
    expect(writes).toContain(`\r${progressText(3, 3)}`);
    expect(writes.at(-1)).toBe("\r\u001b[K");
    expect(writes.filter((w) => w === "\r\u001b[K")).toHaveLength(1);
  });
});

const entry = (level: ConsoleEntry["level"], ...args: string[]): ConsoleEntry => ({
  level,
  args,
  at: 0,
  location: "request",
});

/** An item whose pre-request and test scripts logged. */
function logged(): { event: ItemEvent; stages: Map<object, "prerequest" | "test"> } {
  const base = item("Logs", true);
  const pre = entry("log", "before", "it's");
  const post = entry("warn", "after");
  return {
    event: { ...base, result: { ...base.result, console: [pre, post] } },
    stages: new Map([
      [pre, "prerequest"],
      [post, "test"],
    ]),
  };
}

describe("cli reporter: console output as Newman prints it", () => {
  it("boxes consecutive messages, arguments inspected and joined with commas", () => {
    const style = { symbols: symbolsFor(false), palette: paletteFor(false), colors: false };
    expect(consoleBox([entry("log", "a", "b"), entry("info", 'say "hi"')], style)).toBe(
      "  -\n  | 'a', 'b'\n  | 'say \"hi\"'\n  -\n",
    );
  });

  it("wraps at 54 columns, as Newman does when stdout is not a terminal", () => {
    expect(wrap("x".repeat(60), 54, "  | ")).toBe(`  | ${"x".repeat(54)}\n  | xxxxxx`);
  });

  it("puts pre-request output above the request line and test output below it", async () => {
    const { event, stages } = logged();
    let text = "";
    const reporter = makeCliReporter((t) => (text += t), "Col", {
      unicode: false,
      stageOf: (e) => stages.get(e),
    });
    reporter.onEvent(event);
    expect(text).toBe(
      [
        "",
        "-> Folder / Logs",
        "  -",
        `  | 'before', "it's"`,
        "  -",
        "  GET http://x/?q=<b> [200 OK, 47B, 4ms]",
        "  -",
        "  | 'after'",
        "  -",
        "  Pass  Logs <check>",
        "",
      ].join("\n"),
    );
  });

  it("colours by level when asked (Newman's theme)", () => {
    const { event, stages } = logged();
    let text = "";
    makeCliReporter((t) => (text += t), "Col", {
      color: true,
      stageOf: (e) => stages.get(e),
    }).onEvent(event);
    expect(text).toContain("\u001b[33m  └\n\u001b[39m");
    expect(text).toContain("\u001b[32m  ✓ \u001b[39m");
  });

  it("--verbose: sizes, headers, the response body and its type", () => {
    let text = "";
    makeCliReporter((t) => (text += t), "Col", { verbose: true, unicode: false }).onEvent(
      item("V", true),
    );
    expect(text).toContain("  GET http://x/?q=<b>  \n");
    expect(text).toMatch(
      / {2}200 OK \* 4ms time \* \d+B\^ 47Bv size \* 1\^ 1v headers \* 0 cookies/,
    );
    expect(text).toContain("  - v text/plain * text * plain * utf8 * 2B\n  | hi\n  - \n");
  });

  it("--disable-unicode draws the summary table in ASCII", async () => {
    let text = "";
    await feed(makeCliReporter((t) => (text += t), "Col", { unicode: false }));
    expect(text).toMatch(/\| assertions\s+\|\s+2 \|\s+1 \|/);
    expect(text).not.toMatch(/[┌│└─]/);
  });
});
