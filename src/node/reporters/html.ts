/** The HTML reporter: core/report's self-contained page, written to a file. */
import { buildHtmlReport } from "../../core/report";
import { makeFileReporter } from "./file";
import type { ReportContext, Reporter } from "./types";

/** A reporter that writes a self-contained HTML report to `path` when the run ends. */
export function makeHtmlReporter(path: string, context: ReportContext): Reporter {
  return makeFileReporter(path, (run) =>
    buildHtmlReport(run, {
      environmentName: context.environmentName,
      generatedAt: new Date().toISOString(),
    }),
  );
}
