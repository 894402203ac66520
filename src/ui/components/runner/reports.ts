/**
 * The runner's downloads: a stored run → Newman JSON, JUnit XML or self-contained HTML, built by
 * the core report builders. The one place to change what a download contains.
 */
import { downloadData } from "../../primitives/download";
import { buildHtmlReport, buildJunitXml, buildNewmanReport } from "../../../core/report";
import type { RunRecord } from "../../../core/report";
import type { StoredRun } from "../../../core/runner/types";

/** The three report formats. */
export type ReportKind = "json" | "junit" | "html";

/** The core's RunRecord view of a stored run (final variables are not kept, so empty). */
export function toRunRecord(run: StoredRun): RunRecord {
  return {
    collection: { id: run.collectionId, name: run.collectionName },
    executions: run.executions,
    summary: {
      stats: run.stats,
      timings: run.timings,
      scopes: { local: {}, data: {}, environment: {}, collection: {}, globals: {} },
      failed: run.failed,
      ...(run.stopped ? { stopped: run.stopped } : {}),
    },
  };
}

/** A report file for `run`: its name, MIME type and text. */
export function reportFile(
  run: StoredRun,
  kind: ReportKind,
  generatedAt: string,
): { name: string; type: string; text: string } {
  const record = toRunRecord(run);
  const base = `${run.target.name || "run"}-${new Date(run.startedAt).toISOString()}`.replace(
    /[^\w.-]+/g,
    "-",
  );
  if (kind === "json")
    return {
      name: `${base}.json`,
      type: "application/json",
      text: JSON.stringify(
        buildNewmanReport(record, { environmentName: run.environmentName }),
        null,
        2,
      ),
    };
  if (kind === "junit")
    return { name: `${base}.xml`, type: "application/xml", text: buildJunitXml(record) };
  return {
    name: `${base}.html`,
    type: "text/html",
    text: buildHtmlReport(record, { environmentName: run.environmentName, generatedAt }),
  };
}

/** Saves `file` (as a download only: see primitives/download.ts). */
export function downloadFile(file: { name: string; type: string; text: string }): void {
  downloadData(file.text, file.name);
}
