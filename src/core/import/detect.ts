/**
 * Which format a pasted text or file is, decided from its content (the file name only breaks
 * ties). JSON is parsed here once, with line and column on a syntax error.
 */
import type { Result } from "../result";
import { err, ok } from "../result";
import { looksLikeCurl } from "./curl/index";
import { looksLikeHar } from "./har/index";
import { looksLikeHoppscotch } from "./hoppscotch/index";
import { looksLikeInsomnia, parseInsomniaYaml } from "./insomnia/index";
import { isSupportedCollectionSchema } from "./postman/schema";
import { convertV1, isPostmanV1 } from "./postman/v1/index";

/** The formats the funnel imports. */
export type ImportKind =
  | "postman-collection"
  | "postman-environment"
  | "postman-globals"
  | "curl"
  | "har"
  | "insomnia"
  | "hoppscotch"
  | "openapi";

/**
 * A detected input: its kind and, for JSON formats, the parsed value. OpenAPI keeps its text
 * (recognised by its first lines, parsed later in the import worker) and, when its JSON had to
 * be parsed to tell what it is, that value too.
 */
export type Detected =
  | { kind: "curl"; text: string }
  | { kind: "openapi"; text: string; json?: unknown }
  | { kind: Exclude<ImportKind, "curl" | "openapi">; json: unknown };

/** A JSON document whose first key is `openapi` or `swagger` (checked without parsing it all). */
const OPENAPI_JSON = /^\{\s*"(openapi|swagger)"\s*:/;
/** A YAML document with a top-level `openapi:` or `swagger:` key. */
const OPENAPI_YAML = /^["']?(openapi|swagger)["']?\s*:/m;

/**
 * True when `head` (a document's start, or all of it) is an OpenAPI/Swagger document by its
 * first lines: JSON whose first key is `openapi` or `swagger`, or YAML with such a top-level key.
 */
export function looksLikeOpenApi(head: string): boolean {
  const trimmed = head.trimStart();
  if (OPENAPI_JSON.test(trimmed.slice(0, 200))) return true;
  return !/^[{[]/.test(trimmed) && OPENAPI_YAML.test(trimmed);
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** JSON.parse with a "line L, column C" location on failure. */
export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const at = lc
      ? `line ${lc[1]}, column ${lc[2]}`
      : pos
        ? lineColumn(text, Number(pos[1]))
        : lineColumn(text, text.length);
    return err({ code: "INVALID_JSON", message: `The file is not valid JSON (${message}).`, at });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const unsupported = (what: string) =>
  err({
    code: "UNSUPPORTED_FORMAT",
    message: `Unsupported format: ${what}.`,
    hint: "Import a Postman collection (v2.0 or v2.1), environment or globals file, an OpenAPI (2.0, 3.0, 3.1) document, or a cURL command.",
  });

/** Detect the format of `text`; `fileName` helps tell environments from globals. */
export function detect(text: string, fileName?: string): Result<Detected> {
  const trimmed = text.trim();
  if (trimmed === "") return err({ code: "EMPTY_INPUT", message: "There is nothing to import." });
  if (looksLikeCurl(trimmed)) return ok({ kind: "curl", text: trimmed });
  // OpenAPI is parsed in a worker (specs reach 13 MB): recognise it here without parsing it.
  if (looksLikeOpenApi(trimmed)) return ok({ kind: "openapi", text });
  const insomniaYaml = parseInsomniaYaml(trimmed);
  if (insomniaYaml)
    return insomniaYaml.ok ? ok({ kind: "insomnia", json: insomniaYaml.value }) : insomniaYaml;
  if (!/^[{[]/.test(trimmed)) return unsupported("not JSON and not a cURL command");
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  if (looksLikeHoppscotch(json)) return ok({ kind: "hoppscotch", json });
  if (looksLikeHar(json)) return ok({ kind: "har", json });
  if (looksLikeInsomnia(json)) return ok({ kind: "insomnia", json });
  if (!isObject(json)) return unsupported("the JSON is not an object");
  const info = json.info;
  if (isObject(info) && "item" in json) {
    const schema = typeof info.schema === "string" ? info.schema : "";
    if (schema && !isSupportedCollectionSchema(schema)) {
      return unsupported(`Postman collection schema ${schema}`);
    }
    return ok({ kind: "postman-collection", json });
  }
  if (Array.isArray(json.values)) {
    const scope = json._postman_variable_scope;
    const globals = scope === "globals" || (scope === undefined && /globals/i.test(fileName ?? ""));
    return ok({ kind: globals ? "postman-globals" : "postman-environment", json });
  }
  if (typeof json.openapi === "string" || typeof json.swagger === "string") {
    return ok({ kind: "openapi", text, json });
  }
  if (isPostmanV1(json)) return ok({ kind: "postman-collection", json: convertV1(json) });
  return unsupported("the JSON is not a Postman collection, environment or globals file");
}
