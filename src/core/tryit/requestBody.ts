/**
 * A Request Body Object → the media types a reader can send, each with a prefill value and, for
 * urlencoded and multipart bodies, its fields: which are files, which repeat, and how each is
 * encoded (Encoding Object, or Swagger 2.0's `collectionFormat` on formData parameters, which
 * the importer's upgrade keeps on the property schema).
 * @see https://spec.openapis.org/oas/v3.1.1#request-body-object
 * @see https://spec.openapis.org/oas/v3.1.1#encoding-object
 */
import { isBinary, mediaExample, pickMediaType } from "../import/openapi/body";
import type { Json } from "../import/openapi/refs";
import { isObj } from "../import/openapi/refs";
import type { OpenedDocument } from "./document";
import type { ParamStyle, TryItEncoding, TryItFormField, TryItMediaType } from "./types";
import type { TryItRequestBody } from "./types";

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
const BINARY_TYPES = /^(application\/octet-stream|image\/|audio\/|video\/|application\/pdf)/i;
const FORMATS: Record<string, string> = { csv: ",", ssv: " ", tsv: "\t", pipes: "|" };

/** The properties of an object schema, its `allOf` members' included, and its required names. */
function properties(schema: Json | undefined, opened: OpenedDocument, depth = 0) {
  const props: Json = {};
  const required = new Set<string>();
  if (!schema || depth > 8) return { props, required };
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const sub = properties(opened.resolver.deref(part), opened, depth + 1);
    Object.assign(props, sub.props);
    sub.required.forEach((r) => required.add(r));
  }
  if (isObj(schema.properties)) Object.assign(props, schema.properties);
  if (Array.isArray(schema.required)) schema.required.forEach((r) => required.add(String(r)));
  return { props, required };
}

/** A property's encoding: the Encoding Object's, or the 2.0 collectionFormat's. */
function encodingOf(name: string, prop: Json | undefined, media: Json): TryItEncoding | undefined {
  const enc = isObj(media.encoding) && isObj(media.encoding[name]) ? media.encoding[name] : {};
  const contentType = typeof enc.contentType === "string" ? enc.contentType : undefined;
  const format = typeof prop?.collectionFormat === "string" ? prop.collectionFormat : undefined;
  let style: TryItEncoding["style"];
  if (enc.style !== undefined || enc.explode !== undefined || enc.allowReserved !== undefined) {
    const s = (typeof enc.style === "string" ? enc.style : "form") as ParamStyle;
    const explode = typeof enc.explode === "boolean" ? enc.explode : s === "form";
    style = {
      name,
      style: s,
      explode,
      ...(enc.allowReserved === true ? { allowReserved: true } : {}),
    };
  } else if (prop?.type === "array" && (format !== undefined || prop.in === "formData")) {
    const delimiter = FORMATS[format ?? "csv"];
    style = {
      name,
      style: "form",
      explode: format === "multi",
      ...(delimiter ? { delimiter } : {}),
    };
  }
  if (!contentType && !style) return undefined;
  return { ...(contentType ? { contentType } : {}), ...(style ? { style } : {}) };
}

function formFields(schema: Json | undefined, media: Json, opened: OpenedDocument) {
  const { props, required } = properties(schema, opened);
  return Object.entries(props).map(([name, node]): TryItFormField => {
    const prop = opened.resolver.deref(node);
    const items = prop?.type === "array" ? opened.resolver.deref(prop.items) : undefined;
    const encoding = encodingOf(name, prop, media);
    const description = typeof prop?.description === "string" ? prop.description : undefined;
    return {
      name,
      required: required.has(name) || prop?.required === true,
      file: isBinary(prop) || isBinary(items),
      multiple: prop?.type === "array",
      ...(description ? { description } : {}),
      ...(encoding ? { encoding } : {}),
    };
  });
}

function mediaTypeOf(mediaType: string, node: unknown, opened: OpenedDocument): TryItMediaType {
  const media = opened.resolver.deref(node) ?? {};
  const schema = opened.resolver.deref(media.schema);
  const isForm = FORM.test(mediaType);
  const fields = isForm ? formFields(schema, media, opened) : undefined;
  let example = mediaExample(media, opened.resolver, opened.maker);
  if (fields && isObj(example)) {
    const files = new Set(fields.filter((f) => f.file).map((f) => f.name));
    example = Object.fromEntries(Object.entries(example).filter(([k]) => !files.has(k)));
  }
  const file =
    !isForm && (BINARY_TYPES.test(mediaType) || (isBinary(schema) && !/json/i.test(mediaType)));
  return {
    mediaType,
    ...(schema ? { schema } : {}),
    file,
    ...(fields ? { fields } : {}),
    example: file ? undefined : example,
  };
}

/** The try-it view of a (dereferenced, 3.x-shaped) requestBody; undefined without content. */
export function toTryItBody(
  body: Json | undefined,
  opened: OpenedDocument,
  required = body?.required === true,
): TryItRequestBody | undefined {
  const content = isObj(body?.content) ? body.content : undefined;
  if (!content || Object.keys(content).length === 0) return undefined;
  const preferred = pickMediaType(content);
  const description = typeof body?.description === "string" ? body.description : undefined;
  return {
    required,
    ...(description ? { description } : {}),
    content: Object.entries(content).map(([mt, node]) => mediaTypeOf(mt, node, opened)),
    ...(preferred ? { preferred } : {}),
  };
}
