/**
 * Parameter Objects → try-it parameters: location, required, style and explode with the spec's
 * defaults (form for query and cookie, simple for path and header; explode only for form), the
 * schema or `content` media type, enum choices and a prefill value. Swagger 2.0 parameters
 * arrive upgraded by the importer (../import/openapi/swagger2.ts); their `collectionFormat`
 * becomes the delimiter here, since `tsv` has no 3.x style.
 * @see https://spec.openapis.org/oas/v3.1.1#parameter-object
 * @see https://swagger.io/specification/v2/#parameter-object (collectionFormat)
 */
import { mediaExample } from "../import/openapi/body";
import type { Json } from "../import/openapi/refs";
import { isObj } from "../import/openapi/refs";
import { defaultStyle } from "../import/openapi/serialize";
import type { OpenedDocument } from "./document";
import type { ParamLocation, ParamStyle, TryItParameter } from "./types";

const LOCATIONS: readonly string[] = ["path", "query", "header", "cookie"];
const STYLES: readonly string[] = [
  "matrix",
  "label",
  "simple",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "deepObject",
];
/** Header parameters with these names SHALL be ignored (3.x, Parameter Object `name`). */
const IGNORED_HEADERS = ["accept", "content-type", "authorization"];
const DELIMITERS: Record<string, string> = { csv: ",", ssv: " ", tsv: "\t", pipes: "|" };

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/** The value to prefill and whether the spec gave it (example, examples, default). */
function parameterExample(p: Json, opened: OpenedDocument, media: Json | undefined, schema?: Json) {
  if ("example" in p) return { value: p.example, given: true };
  if (isObj(p.examples)) {
    for (const node of Object.values(p.examples)) {
      const ex = opened.resolver.deref(node);
      if (ex && "value" in ex) return { value: ex.value, given: true };
    }
  }
  const given =
    media !== undefined
      ? "example" in media || isObj(media.examples)
      : schema !== undefined &&
        ("example" in schema || "default" in schema || "examples" in schema);
  const value = media
    ? mediaExample(media, opened.resolver, opened.maker)
    : opened.maker.example(p.schema);
  return { value, given };
}

/** The schema's enum, or its items' for an array. */
function choices(schema: Json | undefined, opened: OpenedDocument): unknown[] | undefined {
  if (Array.isArray(schema?.enum)) return schema.enum;
  const items = schema?.type === "array" ? opened.resolver.deref(schema.items) : undefined;
  return Array.isArray(items?.enum) ? items.enum : undefined;
}

/** One (dereferenced, 3.x-shaped) Parameter Object; undefined when it is to be ignored. */
export function toTryItParameter(p: Json, opened: OpenedDocument): TryItParameter | undefined {
  const name = str(p.name);
  const location = String(p.in);
  if (!name || !LOCATIONS.includes(location)) return undefined;
  if (!opened.v2 && location === "header" && IGNORED_HEADERS.includes(name.toLowerCase())) {
    return undefined;
  }
  const where = location as ParamLocation;
  const contentType = isObj(p.content) ? Object.keys(p.content)[0] : undefined;
  const media =
    contentType && isObj(p.content) ? opened.resolver.deref(p.content[contentType]) : undefined;
  const schema = opened.resolver.deref(media ? media.schema : p.schema);
  const style = (STYLES.includes(String(p.style)) ? p.style : defaultStyle(where)) as ParamStyle;
  const format = opened.v2 ? String(schema?.collectionFormat ?? "csv") : undefined;
  const delimiter = format ? DELIMITERS[format] : undefined;
  const enumValues = choices(schema, opened);
  const example = parameterExample(p, opened, media, schema);
  return {
    name,
    in: where,
    style,
    explode: typeof p.explode === "boolean" ? p.explode : format === "multi" || style === "form",
    ...(p.allowReserved === true ? { allowReserved: true } : {}),
    ...(delimiter && delimiter !== "," ? { delimiter } : {}),
    required: where === "path" || p.required === true,
    deprecated: p.deprecated === true,
    allowEmptyValue: p.allowEmptyValue === true,
    ...(str(p.description) ? { description: str(p.description) } : {}),
    ...(schema ? { schema } : {}),
    ...(contentType ? { contentType } : {}),
    ...(enumValues ? { enum: enumValues } : {}),
    example: example.value,
    exampleGiven: example.given,
  };
}
