/** Same answers as postman-collection's Substitutor (the code Newman 6.2.2 runs). */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../src/core/clock";
import { makeScopes } from "../src/core/variables/scopes";
import { resolveTemplate } from "../src/core/variables/template";

interface Sdk {
  VariableList: new (parent: null, values: unknown[]) => unknown;
  Property: { replaceSubstitutions(text: string, lists: unknown[]): string };
}
const sdk = createRequire(import.meta.url)("postman-collection") as Sdk;

type Row = { key: string; value: string | number | boolean; disabled?: boolean };
const local: Row[] = [{ key: "x", value: "local" }];
const environment: Row[] = [
  { key: "x", value: "env" },
  { key: "i", value: "1" },
  { key: "a1", value: "A-ONE" },
  { key: "off", value: "OFF", disabled: true },
  { key: "dup", value: "first" },
  { key: "dup", value: "second" },
  { key: "nested", value: "{{inner}}" },
  { key: "my var", value: "spaced" },
];
const globals: Row[] = [
  { key: "off", value: "global-on" },
  { key: "inner", value: "deep" },
  { key: "n", value: 7 },
  { key: "b", value: false },
  { key: "empty", value: "" },
];
const chain: Row[] = Array.from({ length: 25 }, (_, k) => ({
  key: `c${k}`,
  value: `{{c${k + 1}}}`,
}));

const cases = [
  "{{x}}",
  "{{a{{i}}}}",
  "{{off}}",
  "{{dup}}",
  "{{nested}}!",
  "{{my var}}",
  "{{n}}/{{b}}/[{{empty}}]",
  "{{missing}} {{ x }} {{}} {x} {{{x}}}",
  "{{c0}}",
  "pre {{a{{i}}}} {{missing{{i}}}} post",
];

describe("conformance with postman-collection", () => {
  const toVariables = (rows: Row[]) =>
    rows.map((r) => ({
      key: r.key,
      value: r.value,
      type: "default" as const,
      enabled: !r.disabled,
    }));
  const scopes = makeScopes({
    local: { x: "local" },
    environment: toVariables(environment),
    globals: toVariables([...globals, ...chain]),
  });
  const lists = [local, environment, [...globals, ...chain]].map(
    (rows) => new sdk.VariableList(null, rows),
  );
  const deps = { clock: makeFixedClock(0), random: makeSeededRandom(3) };

  for (const text of cases) {
    it(`resolves ${JSON.stringify(text)} as Newman does`, () => {
      expect(resolveTemplate(text, scopes, deps)).toBe(
        sdk.Property.replaceSubstitutions(text, lists),
      );
    });
  }
});
