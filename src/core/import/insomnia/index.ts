/**
 * Insomnia exports: v4 (JSON or YAML, `_type: export`) and v5 (YAML,
 * `type: collection.insomnia.rest/5.0`). Templates `{{ _.name }}` become `{{name}}`.
 */
import { parse, YAMLParseError } from "yaml";
import type { Deps } from "../../factory";
import type { Id } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { ImportedFile } from "../har/index";
import { ImportFailure, isObject } from "../postman/read";
import type { Ctx } from "./request";
import { importInsomniaV4 } from "./v4";
import { importInsomniaV5 } from "./v5";

/** True for a parsed Insomnia v4 export or v5 document. */
export function looksLikeInsomnia(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (json._type === "export" && typeof json.__export_format === "number") return true;
  return (
    typeof json.type === "string" && /^(collection|environment)\.insomnia\.rest\/5/.test(json.type)
  );
}

/** Text that is an Insomnia YAML export (v5, or v4 saved as YAML). */
const YAML_SIGNS =
  /^(type:\s*["']?(collection|environment)\.insomnia\.rest\/5|_type:\s*["']?export)/m;

/**
 * Parse `text` as YAML when it looks like an Insomnia export; undefined when it does not.
 * Syntax errors carry "line L, column C".
 */
export function parseInsomniaYaml(text: string): Result<unknown> | undefined {
  if (/^\s*[{[]/.test(text) || !YAML_SIGNS.test(text)) return undefined;
  try {
    return ok(parse(text, { maxAliasCount: 100 }) as unknown);
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return err({
      code: "INVALID_YAML",
      message: `The file is not valid YAML (${message}).`,
      ...(pos ? { at: `line ${pos.line}, column ${pos.col}` } : {}),
    });
  }
}

/** Import a parsed Insomnia v4 or v5 document into `workspaceId`. */
export function importInsomnia(json: unknown, deps: Deps, workspaceId: Id): Result<ImportedFile> {
  const ctx: Ctx = { notes: { tags: false }, warnings: [] };
  try {
    const v5 = isObject(json) && typeof json.type === "string";
    const bundle = v5
      ? importInsomniaV5(json, deps, workspaceId, ctx)
      : importInsomniaV4(json, deps, workspaceId, ctx);
    if (ctx.notes.tags) {
      ctx.warnings.push(
        "Insomnia template tags ({% … %}) are not supported; they were kept as text.",
      );
    }
    return ok({ bundle, warnings: [...new Set(ctx.warnings)] });
  } catch (e) {
    if (e instanceof ImportFailure) {
      return err({ code: "INVALID_INSOMNIA", message: e.message, at: e.at });
    }
    return err({ code: "INVALID_INSOMNIA", message: e instanceof Error ? e.message : String(e) });
  }
}
