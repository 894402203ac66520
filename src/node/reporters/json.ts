/**
 * The JSON reporter: Newman's report shape, built by core/report, written to a file.
 * @see ../../core/report/json.ts
 */
import { buildNewmanReport } from "../../core/report";
import { makeFileReporter } from "./file";
import type { ReportContext, Reporter } from "./types";

/** A reporter that writes Newman-shaped JSON (with bodies) to `path` when the run ends. */
export function makeJsonReporter(path: string, context: ReportContext): Reporter {
  return makeFileReporter(
    path,
    (run) => {
      const scopes = context.finalScopes();
      const report = buildNewmanReport(
        { ...run, collection: { ...run.collection, name: context.collectionName } },
        {
          environmentName: context.environmentName,
          bodiesAsBytes: context.bodiesAsBytes,
          ...scopes,
        },
      );
      return JSON.stringify(report, null, 2);
    },
    { keepBodies: true },
  );
}
