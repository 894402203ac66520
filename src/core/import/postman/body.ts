/** Postman request body (every mode) → our Body; options and unknown fields travel in extra. */
import { emptyBody } from "../../factory";
import type { Body, BodyMode, FormField, RawLanguage } from "../../model";
import { RAW_LANGUAGES } from "../../model";
import type { Json } from "./read";
import {
  at,
  clean,
  extras,
  ImportFailure,
  isObject,
  list,
  maybe,
  object,
  rest,
  text,
} from "./read";
import { keyValue, keyValues } from "./rows";

const MODES: readonly BodyMode[] = ["raw", "urlencoded", "formdata", "file", "graphql"];

/** `options.raw.language` when it is one we know; Postman's default is text. */
function language(options: unknown): RawLanguage {
  const raw = isObject(options) && isObject(options.raw) ? options.raw.language : undefined;
  return typeof raw === "string" && (RAW_LANGUAGES as readonly string[]).includes(raw)
    ? (raw as RawLanguage)
    : "text";
}

/** A file `src`: a path string, or (formdata) an array of paths; the first is our file name. */
function fileName(src: unknown): string | undefined {
  if (typeof src === "string" && src !== "") return src;
  if (Array.isArray(src) && typeof src[0] === "string") return src[0];
  return undefined;
}

function formField(value: unknown, path: string): FormField {
  const o = object(value, path);
  const isFile = o.type === "file";
  const row = keyValue(o, path, ["type", "src", "contentType"]);
  const field: FormField = { ...row, type: isFile ? "file" : "text" };
  if (isFile) {
    field.value = "";
    const name = fileName(o.src);
    if (name) field.fileName = name;
    const extra = extras(
      row.extra,
      maybe("src", o.src),
      typeof o.value === "string" && o.value ? { value: o.value } : undefined,
    );
    if (extra) field.extra = extra;
    else delete field.extra;
  }
  if (typeof o.contentType === "string") field.contentType = o.contentType;
  return field;
}

/** graphql.variables may be text or a JSON value. */
function graphqlVariables(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

/** Convert `request.body` (absent → no body). */
export function importBody(value: unknown, path: string): Body {
  const body = emptyBody();
  if (value === undefined || value === null) return body;
  if (!isObject(value)) throw new ImportFailure(path, "expected an object");
  const o: Json = value;
  const mode = typeof o.mode === "string" ? o.mode : undefined;
  body.mode = mode && (MODES as readonly string[]).includes(mode) ? (mode as BodyMode) : "none";
  body.raw = text(o.raw, at(path, "raw"));
  body.language = language(o.options);
  body.urlencoded = keyValues(o.urlencoded, at(path, "urlencoded"));
  body.formdata = list(o.formdata, at(path, "formdata")).map((f, i) =>
    formField(f, at(at(path, "formdata"), i)),
  );
  if (o.graphql !== undefined && o.graphql !== null) {
    const g = object(o.graphql, at(path, "graphql"));
    body.graphql = {
      query: text(g.query, at(at(path, "graphql"), "query")),
      variables: graphqlVariables(g.variables),
    };
  }
  if (o.file !== undefined && o.file !== null) {
    const f = object(o.file, at(path, "file"));
    const name = fileName(f.src);
    body.file = name ? { fileName: name } : {};
  }
  if (o.disabled === true) body.disabled = true;
  const extra = extras(
    Object.keys(o).length === 0 ? { emptyObject: true } : undefined,
    rest(o, ["mode", "raw", "urlencoded", "formdata", "graphql", "file", "disabled"]),
    mode && body.mode === "none" ? { mode } : undefined,
    isObject(o.file) ? maybe("file", o.file) : undefined,
    isObject(o.graphql) &&
      typeof o.graphql.variables !== "string" &&
      o.graphql.variables !== undefined
      ? { graphqlVariables: clean(o.graphql.variables) }
      : undefined,
  );
  if (extra) body.extra = extra;
  return body;
}
