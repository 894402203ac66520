/**
 * The JUnit XML reporter: a <testsuite> per executed request (Newman's layout), a <testcase> per
 * assertion, <failure> for failed ones; request and script errors become <error> cases.
 */
import { writeFile } from "node:fs/promises";
import type { RunEvent } from "../../core/runner";
import { failuresOf } from "./failures";
import type { Reporter } from "./types";

/** Characters XML 1.0 does not allow (other than tab, line feed and carriage return). */
const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

/** Escape text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .split("")
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join("");
}

/** A reporter that writes JUnit XML to `path` when the run ends (one small string per item). */
export function makeJunitReporter(path: string, collectionName: string): Reporter {
  const suites: string[] = [];
  let tests = 0;
  let failed = 0;
  let errors = 0;
  let seconds = 0;
  return {
    onEvent(event: RunEvent) {
      if (event.type !== "item") return;
      const r = event.result;
      const time = r.result?.ok ? r.result.response.timeMs / 1000 : 0;
      seconds += time;
      const name = xmlEscape([...event.path, event.request.name].join(" / "));
      const cases: string[] = [];
      let suiteFailures = 0;
      for (const a of r.assertions) {
        const open = `    <testcase name="${xmlEscape(a.name)}" time="${time.toFixed(3)}" classname="${xmlEscape(collectionName)}">`;
        if (a.skipped) cases.push(`${open}<skipped/></testcase>`);
        else if (a.passed) cases.push(`${open}</testcase>`);
        else {
          suiteFailures++;
          const msg = xmlEscape(a.error?.message ?? "failed");
          cases.push(
            `${open}<failure type="AssertionFailure" message="${msg}">${msg}</failure></testcase>`,
          );
        }
      }
      const suiteErrors = failuresOf(event).filter((f) => f.test === undefined);
      for (const e of suiteErrors)
        cases.push(
          `    <testcase name="${xmlEscape(`${e.name} at ${e.at}`)}" classname="${xmlEscape(collectionName)}"><error type="${xmlEscape(e.name)}" message="${xmlEscape(e.message)}"/></testcase>`,
        );
      tests += cases.length;
      failed += suiteFailures;
      errors += suiteErrors.length;
      suites.push(
        `  <testsuite name="${name}" id="${xmlEscape(event.request.id)}" iteration="${event.iteration}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors.length}" time="${time.toFixed(3)}">\n${cases.join("\n")}\n  </testsuite>`,
      );
    },
    async finish() {
      const xml = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xmlEscape(collectionName)}" tests="${tests}" failures="${failed}" errors="${errors}" time="${seconds.toFixed(3)}">`,
        ...suites,
        "</testsuites>",
        "",
      ].join("\n");
      await writeFile(path, xml);
    },
  };
}
