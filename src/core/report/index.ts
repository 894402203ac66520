/**
 * Run reports, pure: feed the runner's events to an accumulator, then build Newman's JSON,
 * JUnit XML or a self-contained HTML page from its record. Hosts only write the result out.
 */
/** Events → a compact, bounded RunRecord (bodies only when asked). */
export { executionRecord, makeRunAccumulator } from "./accumulator";
export type { AccumulatorOptions, RunAccumulator } from "./accumulator";
/** Escaping used by the XML and HTML builders. */
export { htmlEscape, xmlEscape } from "./escape";
/** The failures of one item event, in Newman's words. */
export { failuresOf } from "./failures";
export type { Failure } from "./failures";
/** Newman's JSON report object (`buildNewmanReport`), its executions and stats. */
export { buildNewmanReport, newmanExecution, newmanStats } from "./json";
/** JUnit XML, a suite per execution. */
export { buildJunitXml } from "./junit";
export type { AssertionRecord, ExecutionRecord, ReportContext, RunRecord } from "./types";
/** A self-contained HTML page: summary, a row per execution, the failures. */
export { buildHtmlReport } from "./html";
export type { HtmlReportOptions } from "./html";
