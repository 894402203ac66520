/** The JUnit XML reporter: core/report's builder, written to a file. */
import { buildJunitXml } from "../../core/report";
import { makeFileReporter } from "./file";
import type { Reporter } from "./types";

/** A reporter that writes JUnit XML to `path` when the run ends. */
export function makeJunitReporter(path: string): Reporter {
  return makeFileReporter(path, buildJunitXml);
}
