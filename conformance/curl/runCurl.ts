/**
 * The reference side: a fixture command run by the real curl, split into arguments by
 * ./shellWords.ts and spawned with execFile (no shell). `-q` goes first so no ~/.curlrc applies;
 * HOME is the fixture's directory and no proxy variables are passed on.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { shellWords } from "./shellWords";

/** The curl binary the fixtures were written against (7.88.1). */
export const CURL = process.env.SATCHEL_CURL ?? "/usr/bin/curl";

/** Whether the reference curl is installed here. */
export const hasCurl = (): boolean => existsSync(CURL);

/** How curl ended. */
export interface CurlRun {
  exitCode: number;
  stderr: string;
}

/** Run `command` (starting with `curl`) in `dir`. */
export function runCurl(command: string, dir: string): Promise<CurlRun> {
  const [first, ...args] = shellWords(command);
  if (first !== "curl") throw new Error(`not a curl command: ${command}`);
  return new Promise((resolve) => {
    execFile(
      CURL,
      ["-q", ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir }, timeout: 15_000 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ exitCode: code, stderr: String(stderr) });
      },
    );
  });
}
