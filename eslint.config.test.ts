/** The layer fences in eslint.config.js catch a wrong arrow at any depth, and only wrong ones. */
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: fileURLToPath(new URL(".", import.meta.url)) });
});

/** The no-restricted-imports messages for `source` imported from the (virtual) file `file`. */
async function fenced(file: string, source: string): Promise<string[]> {
  const code = `import type { X } from ${JSON.stringify(source)};\nexport type Y = X;\n`;
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

const CASES: [file: string, source: string, blocked: boolean][] = [
  ["src/core/x.ts", "../ui/y", true],
  ["src/core/runner/x.ts", "../../ui/y", true],
  ["src/core/a/b/x.ts", "../../../node/y", true],
  ["src/core/x.ts", "../workers", true],
  ["src/core/x.ts", "../db/y", true],
  ["src/core/x.ts", "solid-js/web", true],
  ["src/core/x.ts", "@codemirror/state", true],
  ["src/core/x.ts", "dexie", true],
  ["src/core/runner/x.ts", "../variables/scopes", false],
  ["src/core/x.ts", "yaml", false],
  ["src/db/repos/x.ts", "../../ui/y", true],
  ["src/db/x.ts", "comlink", true],
  ["src/db/x.ts", "dexie", false],
  ["src/db/repos/x.ts", "../../core/model", false],
  ["src/workers/sandbox/x.ts", "../../db/y", true],
  ["src/workers/x.ts", "dexie", true],
  ["src/workers/x.ts", "comlink", false],
  ["src/workers/sandbox/x.ts", "../../core/model", false],
  ["src/node/cli/x.ts", "../../ui/y", true],
  ["src/node/cli/x.ts", "../../db/y", true],
  ["src/node/x.ts", "solid-js", true],
  ["src/node/cli/x.ts", "../../workers/sandbox/index", false],
  ["src/node/cli/x.ts", "../../core/runner", false],
  ["src/ui/stores/x.ts", "../components/x", true],
  ["src/ui/stores/sub/x.ts", "../../app/y", true],
  ["src/ui/stores/x.ts", "../../ui/app/y", true],
  ["src/ui/stores/x.ts", "../primitives/x", false],
  ["src/ui/stores/x.ts", "../../core/model", false],
  ["src/ui/stores/x.ts", "../host/createHost", true],
  ["src/ui/stores/x.ts", "../../db/repos/types", false],
  ["src/ui/components/x/y.ts", "../../stores/x", false],
  ["src/ui/components/x/y.tsx", "../../../db/repos/types", true],
  ["src/ui/components/x/y/z.ts", "../../../../db/db", true],
  ["src/ui/components/x/y.tsx", "dexie", true],
  ["src/ui/app/x.tsx", "../../db/repos/index", true],
  ["src/ui/components/x/y.tsx", "../../host/hooks", false],
  ["src/ui/components/x/y.test.tsx", "../../../db/repos/types", false],
];

describe("layer fences", () => {
  for (const [file, source, blocked] of CASES) {
    it(`${file}: import "${source}" is ${blocked ? "blocked" : "allowed"}`, async () => {
      const messages = await fenced(file, source);
      if (blocked) expect(messages).toEqual([expect.stringMatching(/STYLE\.md|: no /)]);
      else expect(messages).toEqual([]);
    });
  }
});
