import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { events } from "../../core/report/test/events";
import { makeCliReporter } from "./cli";
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
    expect(text).toContain("✓ A <check>");
    expect(text).toContain("1. B <check>");
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
