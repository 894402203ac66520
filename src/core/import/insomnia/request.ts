/** The request fields Insomnia v4 and v5 share (headers, parameters, body; auth is ./auth.ts). */
import { emptyBody } from "../../factory";
import { parseQuery, syncPathVariables, withQuery } from "../../http/url";
import type { Body, FormField, KeyValue } from "../../model";
import { isMultipart, isUrlencoded, languageOf } from "../har/mime";
import type { Json } from "../postman/read";
import { at, isObject, list, object, text } from "../postman/read";
import type { TemplateNotes } from "./template";
import { convertTemplate } from "./template";

/** Conversion state for one file. */
export interface Ctx {
  notes: TemplateNotes;
  warnings: string[];
}

/** A string field with templates converted. */
export const str = (value: unknown, path: string, ctx: Ctx): string =>
  convertTemplate(text(value, path), ctx.notes);

/** `[{name, value, disabled}]` rows. */
export function rows(value: unknown, path: string, ctx: Ctx): KeyValue[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    const row: KeyValue = {
      key: str(o.name, at(at(path, i), "name"), ctx),
      value: str(o.value, at(at(path, i), "value"), ctx),
      enabled: o.disabled !== true,
    };
    if (typeof o.description === "string" && o.description) row.description = o.description;
    return row;
  });
}

function formFields(value: unknown, path: string, ctx: Ctx): FormField[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    const p = at(path, i);
    const key = str(o.name, at(p, "name"), ctx);
    const enabled = o.disabled !== true;
    if (o.type === "file") {
      const f: FormField = { key, value: "", enabled, type: "file" };
      const name = text(o.fileName, at(p, "fileName"));
      if (name) f.fileName = name;
      return f;
    }
    return { key, value: str(o.value, at(p, "value"), ctx), enabled, type: "text" };
  });
}

/** `body {mimeType, text, params, fileName}` → our Body. */
export function importBody(value: unknown, path: string, ctx: Ctx): Body {
  const b = emptyBody();
  if (!isObject(value)) return b;
  const mime = text(value.mimeType, at(path, "mimeType"));
  const raw = str(value.text, at(path, "text"), ctx);
  if (isUrlencoded(mime)) {
    b.mode = "urlencoded";
    b.urlencoded = rows(value.params, at(path, "params"), ctx);
  } else if (isMultipart(mime)) {
    b.mode = "formdata";
    b.formdata = formFields(value.params, at(path, "params"), ctx);
  } else if (mime === "application/graphql") {
    b.mode = "graphql";
    try {
      const g: unknown = JSON.parse(raw);
      const q = isObject(g) ? g : {};
      const vars = q.variables;
      b.graphql = {
        query: typeof q.query === "string" ? q.query : "",
        variables: vars === undefined || vars === null ? "" : JSON.stringify(vars, null, 2),
      };
    } catch {
      b.graphql = { query: raw, variables: "" };
    }
  } else if (typeof value.fileName === "string" && value.fileName) {
    b.mode = "file";
    b.file = { fileName: value.fileName };
  } else if (raw !== "" || mime !== "") {
    b.mode = "raw";
    b.raw = raw;
    b.language = languageOf(mime);
  }
  return b;
}

/** URL and `parameters` → our URL text with the query, Params and Path Variables. */
export function importUrl(o: Json, path: string, ctx: Ctx) {
  const typed = str(o.url, at(path, "url"), ctx);
  const extra = rows(o.parameters, at(path, "parameters"), ctx);
  const params = [...parseQuery(typed), ...extra];
  const url = extra.length ? withQuery(typed, params) : typed;
  const declared = rows(o.pathParameters, at(path, "pathParameters"), ctx);
  return { url, params, pathVariables: syncPathVariables(url, declared) };
}
