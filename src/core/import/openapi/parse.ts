/**
 * OpenAPI text → a plain object: JSON when it starts with `{`, YAML otherwise (YAML 1.2 with
 * `<<` merge keys, as many specs use). Errors say what is wrong and the line/column.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { parseJson } from "../detect";

/** Parses `text` as JSON or YAML. */
export function parseSpec(text: string): Result<unknown> {
  if (/^\s*[{[]/.test(text)) return parseJson(text);
  try {
    return ok(parseYaml(text, { merge: true, maxAliasCount: 10_000 }) as unknown);
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const first = e.message.split("\n")[0] ?? e.message;
      return err({
        code: "INVALID_YAML",
        message: `The file is not valid YAML (${first}).`,
        ...(pos ? { at: `line ${pos.line}, column ${pos.col}` } : {}),
      });
    }
    return err({ code: "INVALID_YAML", message: `The file is not valid YAML (${String(e)}).` });
  }
}
