/**
 * Request bodies: the preferred media type of `requestBody.content` (JSON, then form
 * urlencoded, then multipart, then the first listed) becomes the body, from its example when
 * there is one, otherwise generated from its schema. Multipart binary fields (and arrays of them)
 * become file fields to pick; urlencoded/multipart objects become one row per property.
 */
import { emptyBody } from "../../factory";
import type { Body, FormField, KeyValue } from "../../model";
import type { ExampleMaker } from "./schemaExample";
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";

export const isJson = (mt: string) => /^application\/(.+\+)?json\b/i.test(mt) || mt === "*/*";

/** Picks the media type to import from a content map. */
export function pickMediaType(content: Json): string | undefined {
  const types = Object.keys(content);
  return (
    types.find(isJson) ??
    types.find((t) => /x-www-form-urlencoded/i.test(t)) ??
    types.find((t) => /multipart\/form-data/i.test(t)) ??
    types[0]
  );
}

/** The example of a media type object: `example`, then the first `examples` entry. */
export function mediaExample(media: Json, resolver: Resolver, maker: ExampleMaker): unknown {
  if ("example" in media) return media.example;
  if (isObj(media.examples)) {
    for (const ex of Object.values(media.examples)) {
      const e = resolver.deref(ex);
      if (e && "value" in e) return e.value;
    }
  }
  return maker.example(media.schema);
}

const text = (v: unknown) =>
  v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);

export const isBinary = (s: Json | undefined) =>
  s?.format === "binary" ||
  s?.format === "base64" ||
  s?.type === "file" ||
  s?.contentMediaType !== undefined;

function formFields(media: Json, value: unknown, resolver: Resolver): FormField[] {
  const schema = resolver.deref(media.schema);
  const props = isObj(schema?.properties) ? schema.properties : {};
  const out: FormField[] = [];
  const keys = new Set([...Object.keys(props), ...(isObj(value) ? Object.keys(value) : [])]);
  for (const key of keys) {
    const prop = resolver.deref(props[key]);
    const items = prop?.type === "array" ? resolver.deref(prop.items) : undefined;
    const v = isObj(value) ? value[key] : undefined;
    if (isBinary(prop) || isBinary(items)) {
      const many = items ? { description: "One or more files" } : {};
      out.push({ key, value: "", enabled: true, type: "file", ...many });
    } else if (Array.isArray(v)) {
      for (const item of v) out.push({ key, value: text(item), enabled: true, type: "text" });
    } else {
      out.push({ key, value: text(v), enabled: true, type: "text" });
    }
  }
  return out;
}

/** The body and its Content-Type for a (dereferenced) requestBody object. */
export function buildBody(
  requestBody: Json | undefined,
  resolver: Resolver,
  maker: ExampleMaker,
): { body: Body; contentType?: string } {
  const content = isObj(requestBody?.content) ? requestBody.content : undefined;
  const mediaType = content ? pickMediaType(content) : undefined;
  const media = mediaType && content ? resolver.deref(content[mediaType]) : undefined;
  if (!mediaType || !media) return { body: emptyBody() };
  const value = mediaExample(media, resolver, maker);
  const body = emptyBody();
  if (/multipart\/form-data/i.test(mediaType)) {
    body.mode = "formdata";
    body.formdata = formFields(media, value, resolver);
  } else if (/x-www-form-urlencoded/i.test(mediaType)) {
    body.mode = "urlencoded";
    body.urlencoded = formFields(media, value, resolver).map(
      ({ key, value: v, enabled }): KeyValue => ({ key, value: v, enabled }),
    );
  } else if (isBinary(resolver.deref(media.schema)) && !isJson(mediaType)) {
    body.mode = "file";
    body.file = { contentType: mediaType };
  } else {
    body.mode = "raw";
    body.language = isJson(mediaType) ? "json" : /xml/i.test(mediaType) ? "xml" : "text";
    body.raw = isJson(mediaType) && value !== undefined ? maker.json(value) : text(value);
  }
  return { body, contentType: mediaType };
}
