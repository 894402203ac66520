/**
 * The importer's option list (src/core/import/curl/curlOptions.ts) is curl's own: every option
 * `curl --help all` prints, with its argument marker, so an option we ignore still consumes its
 * value. Run against the installed curl; regenerate the list from it when curl is upgraded.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CURL_OPTIONS } from "../../src/core/import/curl/curlOptions";
import { importCurl } from "../../src/core/import/curl/index";
import { nodeDeps } from "../../src/node/cli/deps";
import { CURL, hasCurl } from "./runCurl";

/** `-d, --data <data>       HTTP POST data` → `-d, --data <data>`. */
function optionOf(line: string): string | undefined {
  const m = /^ (?:(-\S), | {4})(--\S+)(?: (<[^>]*>|\[\S*))?/.exec(line);
  return m ? `${m[1] ? `${m[1]}, ` : ""}${m[2]}${m[3] ? ` ${m[3]}` : ""}` : undefined;
}

describe.skipIf(!hasCurl())("curl's option list", () => {
  it("is the one `curl --help all` prints", () => {
    const help = execFileSync(CURL, ["-q", "--help", "all"], { encoding: "utf8" });
    const listed = help.split("\n").flatMap((l) => optionOf(l) ?? []);
    expect(listed.length).toBeGreaterThan(200);
    expect(CURL_OPTIONS).toEqual(listed);
  });

  it("every option that takes a value consumes it, so it is never read as the URL", () => {
    for (const line of CURL_OPTIONS) {
      const m = /^(?:(-\S), )?(--\S+)( .+)?$/.exec(line)!;
      if (!m[3] || m[2] === "--url") continue;
      for (const written of [m[2]!, m[1]].filter((w): w is string => w !== undefined)) {
        const r = importCurl(`curl ${written} value https://x.test/`, nodeDeps, "c");
        // -T and --url-query add to the URL; what matters is that "value" is not the URL.
        expect(r.ok && r.value.request.url, `${written} value`).toMatch(/^https:\/\/x\.test\//);
      }
    }
  });
});
