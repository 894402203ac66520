/**
 * JUnit XML from a RunRecord: a <testsuite> per execution (Newman's layout), a <testcase> per
 * assertion, <failure> for failed ones; request and script errors become <error> cases.
 */
import { xmlEscape } from "./escape";
import type { ExecutionRecord, RunRecord } from "./types";

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  seconds: number;
}

function suite(e: ExecutionRecord, classname: string): Suite {
  const seconds = (e.response?.timeMs ?? 0) / 1000;
  const time = seconds.toFixed(3);
  const cases: string[] = [];
  let failures = 0;
  for (const a of e.assertions) {
    const open = `    <testcase name="${xmlEscape(a.name)}" time="${time}" classname="${classname}">`;
    if (a.skipped) cases.push(`${open}<skipped/></testcase>`);
    else if (a.passed) cases.push(`${open}</testcase>`);
    else {
      failures++;
      const msg = xmlEscape(a.error?.message || "failed");
      cases.push(
        `${open}<failure type="AssertionFailure" message="${msg}">${msg}</failure></testcase>`,
      );
    }
  }
  const errors = e.failures.filter((f) => f.test === undefined);
  for (const f of errors)
    cases.push(
      `    <testcase name="${xmlEscape(`${f.name} at ${f.at}`)}" classname="${classname}"><error type="${xmlEscape(f.name)}" message="${xmlEscape(f.message)}"/></testcase>`,
    );
  const name = xmlEscape([...e.path, e.item.name].join(" / "));
  const head = `  <testsuite name="${name}" id="${xmlEscape(e.item.id)}" iteration="${e.iteration}" tests="${cases.length}" failures="${failures}" errors="${errors.length}" time="${time}">`;
  return {
    xml: `${head}\n${cases.join("\n")}\n  </testsuite>`,
    tests: cases.length,
    failures,
    errors: errors.length,
    seconds,
  };
}

/** The JUnit XML document for a run. */
export function buildJunitXml(run: RunRecord): string {
  const classname = xmlEscape(run.collection.name);
  const suites = run.executions.map((e) => suite(e, classname));
  const sum = (key: "tests" | "failures" | "errors" | "seconds") =>
    suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${classname}" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}" time="${sum("seconds").toFixed(3)}">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
    "",
  ].join("\n");
}
