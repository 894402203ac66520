import { describe, expect, it } from "vitest";
import { parseRunArgs } from "./args";

describe("parseRunArgs", () => {
  it("reads Newman's flags", () => {
    const r = parseRunArgs([
      "c.json",
      "-e",
      "env.json",
      "-g",
      "g.json",
      "-d",
      "data.csv",
      "-n",
      "3",
      "--folder",
      "F",
      "--env-var",
      "a=1=2",
      "--env-var",
      "b=",
      "--global-var",
      "g=x",
      "--delay-request",
      "10",
      "--timeout-request",
      "500",
      "--timeout-script",
      "200",
      "--bail",
      "-x",
      "-r",
      "cli,json,html",
      "--reporter-json-export",
      "o.json",
      "--reporter-html-export",
      "o.html",
      "-k",
      "--ignore-redirects",
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      collection: "c.json",
      environment: "env.json",
      globals: "g.json",
      iterationData: "data.csv",
      iterations: 3,
      folder: "F",
      envVars: [
        ["a", "1=2"],
        ["b", ""],
      ],
      globalVars: [["g", "x"]],
      delayRequestMs: 10,
      timeoutRequestMs: 500,
      timeoutScriptMs: 200,
      bail: true,
      suppressExitCode: true,
      reporters: ["cli", "json", "html"],
      jsonExport: "o.json",
      htmlExport: "o.html",
      insecure: true,
      ignoreRedirects: true,
    });
  });

  it("reads Newman's cookie jar flags", () => {
    const r = parseRunArgs([
      "c.json",
      "--cookie-jar",
      "in.json",
      "--export-cookie-jar",
      "out.json",
    ]);
    expect(r.ok && [r.value.cookieJar, r.value.exportCookieJar]).toEqual(["in.json", "out.json"]);
    const none = parseRunArgs(["c.json"]);
    expect(none.ok && [none.value.cookieJar, none.value.exportCookieJar]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("asks for byte-array bodies in the JSON report", () => {
    const r = parseRunArgs(["c.json", "-r", "json", "--reporter-json-bytes"]);
    expect(r.ok && r.value.jsonBytes).toBe(true);
  });

  it("accepts Newman's --bail modifiers", () => {
    const r = parseRunArgs(["c.json", "--bail", "failure", "-n", "2"]);
    expect(r.ok && [r.value.collection, r.value.bail, r.value.iterations]).toEqual([
      "c.json",
      true,
      2,
    ]);
  });

  it("reads the run timeout and Newman's output flags", () => {
    const r = parseRunArgs([
      "c.json",
      "--timeout",
      "60000",
      "--color",
      "off",
      "--disable-unicode",
      "--verbose",
      "--silent",
    ]);
    expect(r.ok && r.value).toMatchObject({
      timeoutMs: 60000,
      color: "off",
      disableUnicode: true,
      verbose: true,
      silent: true,
    });
    const defaults = parseRunArgs(["c.json"]);
    expect(defaults.ok && defaults.value).toMatchObject({ color: "auto" });
    expect(defaults.ok && defaults.value.timeoutMs).toBeUndefined();
    const noColor = parseRunArgs(["c.json", "--no-color", "--color", "on"]);
    expect(noColor.ok && noColor.value.color).toBe("off");
  });

  it("accepts --no-insecure-file-read, which wins over --insecure-file-read", () => {
    const plain = parseRunArgs(["c.json", "--no-insecure-file-read"]);
    expect(plain.ok && plain.value.insecureFileRead).toBeUndefined();
    const both = parseRunArgs(["c.json", "--insecure-file-read", "--no-insecure-file-read"]);
    expect(both.ok && both.value.insecureFileRead).toBeUndefined();
    const opted = parseRunArgs(["c.json", "--insecure-file-read"]);
    expect(opted.ok && opted.value.insecureFileRead).toBe(true);
  });

  it("defaults to the cli reporter", () => {
    const r = parseRunArgs(["c.json"]);
    expect(r.ok && r.value.reporters).toEqual(["cli"]);
    expect(r.ok && r.value.bail).toBe(false);
  });

  it.each([
    [[], "Usage"],
    [["c.json", "-n", "two"], "whole number"],
    [["c.json", "--env-var", "novalue"], "key=value"],
    [["c.json", "-r", "teamcity"], "Unknown reporter"],
    [["c.json", "--nope"], "nope"],
    [["c.json", "--color", "sometimes"], "on, off or auto"],
    [["c.json", "--timeout", "soon"], "whole number"],
  ])("rejects %j", (argv, message) => {
    const r = parseRunArgs(argv);
    expect(!r.ok && r.error.message).toContain(message);
  });
});
