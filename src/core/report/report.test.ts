import { describe, expect, it } from "vitest";
import { makeRunAccumulator } from "./accumulator";
import { htmlEscape, xmlEscape } from "./escape";
import { buildHtmlReport } from "./html";
import { buildNewmanReport } from "./json";
import { buildJunitXml } from "./junit";
import { events, item } from "./test/events";
import type { RunRecord } from "./types";

const record = (keepBodies = false): RunRecord => {
  const acc = makeRunAccumulator({ keepBodies });
  events.forEach((e) => acc.add(e));
  return acc.record();
};

describe("accumulator", () => {
  it("keeps heads, assertions and failures but drops bodies unless asked", () => {
    const run = record();
    expect(run.collection.name).toBe("Col <&>");
    expect(run.executions).toHaveLength(3);
    expect(run.executions[0]?.response).toMatchObject({ code: 200, size: 2 });
    expect(run.executions[0]?.response?.body).toBeUndefined();
    expect(run.executions[1]?.failures.map((f) => f.test)).toEqual(["B <check>"]);
    expect(run.executions[2]?.requestError).toEqual({
      code: "NETWORK",
      message: "connect ECONNREFUSED",
    });
    expect(record(true).executions[0]?.response?.body).toBe("hi");
  });

  it("keeps the response's timing phases when the transport measured them", () => {
    const timed = item("A", true);
    const res = timed.result.result?.ok ? timed.result.result.response : undefined;
    if (res) {
      res.timings = {
        dnsMs: 1,
        connectMs: 2,
        tlsMs: 3,
        firstByteMs: 40,
        downloadMs: 5,
        totalMs: 51,
      };
    }
    const acc = makeRunAccumulator();
    acc.add(timed);
    acc.add(item("B", true, 1));
    const [withPhases, without] = acc.record().executions;
    expect(withPhases?.response?.timings).toEqual({
      dnsMs: 1,
      connectMs: 2,
      tlsMs: 3,
      firstByteMs: 40,
      downloadMs: 5,
      totalMs: 51,
    });
    expect(withPhases?.response?.timings).not.toBe(res?.timings);
    expect(without?.response).not.toHaveProperty("timings");
    // Newman's JSON keeps its own shape: the total as responseTime, no phases.
    const report = buildNewmanReport(acc.record(), {});
    expect(report.run.executions[0]?.response).toMatchObject({ responseTime: 4 });
    expect(report.run.executions[0]?.response).not.toHaveProperty("timings");
  });

  it("cuts kept bodies to maxBodyChars", () => {
    const acc = makeRunAccumulator({ keepBodies: true, maxBodyChars: 1 });
    acc.add(item("A", true));
    expect(acc.record().executions[0]?.response?.body).toBe("h");
  });
});

describe("newman json", () => {
  it("has Newman's shape with text bodies, stats, failures and timings", () => {
    const report = buildNewmanReport(record(true), {
      environmentName: "Env",
      environment: { e: 1 },
    });
    expect(report.environment).toEqual({
      name: "Env",
      values: [{ key: "e", value: 1, type: "any", enabled: true }],
    });
    expect(report.run.stats?.assertions).toEqual({ total: 2, pending: 0, failed: 1 });
    expect(report.run.executions[0]?.response).toMatchObject({ body: "hi" });
    expect(report.run.executions[1]?.assertions[0]?.error?.message).toBe("expected 1 & 2");
    expect(report.run.executions[2]?.requestError?.code).toBe("NETWORK");
    expect(report.run.failures.map((f) => f.error.name)).toEqual(["AssertionError", "NETWORK"]);
    expect(report.run.failures[0]?.error.test).toBe("B <check>");
    expect(report.run.timings.responseAverage).toBe(4);
    expect(report.run.transfers.responseTotal).toBe(4);
  });

  it("writes bodies as Newman's byte arrays when asked", () => {
    const report = buildNewmanReport(record(true), { bodiesAsBytes: true });
    expect(report.run.executions[0]?.response).toMatchObject({
      stream: { type: "Buffer", data: [104, 105] },
    });
    expect(report.run.executions[0]?.response).not.toHaveProperty("body");
  });
});

describe("junit xml", () => {
  it("writes a suite per execution, escaped, with failures and errors counted", () => {
    const xml = buildJunitXml(record());
    expect(xml).toContain('<testsuites name="Col &lt;&amp;&gt;" tests="3" failures="1" errors="1"');
    expect(xml).toContain('<testsuite name="Folder / B"');
    expect(xml).toContain('name="B &lt;check&gt;"');
    expect(xml).toContain('message="expected 1 &amp; 2"');
    expect(xml).toContain('<error type="NETWORK" message="connect ECONNREFUSED"/>');
  });
});

describe("escaping", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(xmlEscape("\u0001a\"'<>&\t")).toBe("a&quot;&apos;&lt;&gt;&amp;\t");
    expect(htmlEscape(`<img src=x onerror="alert('1')">`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;",
    );
  });
});

describe("html report", () => {
  it("is self-contained: inline style, no scripts, no external assets", () => {
    const html = buildHtmlReport(record(), { environmentName: "Env", generatedAt: "today" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!x\/)/);
    expect(html).toContain("Env");
    expect(html).toContain("today");
  });

  it("shows the counts, a row per execution and the failures", () => {
    const html = buildHtmlReport(record());
    expect(html).toMatch(/assertions<\/th><td class="num">2<\/td><td class="num fail">1</);
    expect(html.match(/<tr><td class="num">1<\/td>/g)).toHaveLength(3);
    expect(html).toContain("200 OK");
    expect(html).toContain("4 ms");
    expect(html).toContain("✗ B &lt;check&gt;: expected 1 &amp; 2");
    expect(html).toContain("<strong>NETWORK</strong> — connect ECONNREFUSED");
  });

  it("escapes hostile names, urls and messages", () => {
    const run = record();
    const first = run.executions[0];
    if (!first) throw new Error("no execution");
    run.executions = [
      {
        ...first,
        item: { id: "x", name: "</td><script>alert(1)</script>" },
        failures: [
          { name: "E", message: "<img onerror=x>", at: "request", item: "i", iteration: 0 },
        ],
      },
    ];
    const html = buildHtmlReport(run);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("http://x/?q=&lt;b&gt;");
  });
});
