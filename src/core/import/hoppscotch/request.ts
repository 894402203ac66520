/** One Hoppscotch REST request → ours. `<<var>>` becomes `{{var}}`. */
import type { Deps } from "../../factory";
import { emptyBody, makeRequest } from "../../factory";
import { parseQuery, syncPathVariables, withQuery } from "../../http/url";
import type { Body, FormField, Id, KeyValue, Request } from "../../model";
import { isMultipart, isUrlencoded, languageOf } from "../har/mime";
import { at, isObject, list, object, text } from "../postman/read";
import { importAuth } from "./auth";

/** `<<name>>` → `{{name}}`. */
export const convertVars = (s: string): string => s.replace(/<<\s*([\w.$-]+)\s*>>/g, "{{$1}}");

const str = (value: unknown, path: string) => convertVars(text(value, path));

/** `[{key, value, active}]` rows. */
export function rows(value: unknown, path: string): KeyValue[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    const row: KeyValue = {
      key: str(o.key, at(at(path, i), "key")),
      value: str(o.value, at(at(path, i), "value")),
      enabled: o.active !== false,
    };
    if (typeof o.description === "string" && o.description) row.description = o.description;
    return row;
  });
}

/** Hoppscotch's raw key-value text (`key: value` lines, `#` disables a line) → rows. */
function keyValueLines(s: string): KeyValue[] {
  return s
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const off = line.trimStart().startsWith("#");
      const l = off ? line.trimStart().slice(1) : line;
      const colon = l.indexOf(":");
      const key = (colon < 0 ? l : l.slice(0, colon)).trim();
      const value = colon < 0 ? "" : l.slice(colon + 1).trim();
      return { key: convertVars(key), value: convertVars(value), enabled: !off };
    });
}

function formFields(value: unknown, path: string): FormField[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    const key = str(o.key, at(at(path, i), "key"));
    const enabled = o.active !== false;
    if (o.isFile === true) return { key, value: "", enabled, type: "file" };
    const value = typeof o.value === "string" ? convertVars(o.value) : "";
    return { key, value, enabled, type: "text" };
  });
}

/** `body {contentType, body}` → our Body. */
function importBody(value: unknown, path: string): Body {
  const b = emptyBody();
  if (!isObject(value)) return b;
  const mime = text(value.contentType, at(path, "contentType"));
  const raw = value.body;
  if (isMultipart(mime)) {
    b.mode = "formdata";
    b.formdata = formFields(raw, at(path, "body"));
  } else if (isUrlencoded(mime)) {
    b.mode = "urlencoded";
    b.urlencoded = Array.isArray(raw)
      ? rows(raw, at(path, "body"))
      : keyValueLines(str(raw, at(path, "body")));
  } else if (mime !== "" || (typeof raw === "string" && raw !== "")) {
    b.mode = "raw";
    b.raw = str(raw, at(path, "body"));
    b.language = languageOf(mime);
  }
  return b;
}

/** Convert one request of `collectionId` under `parentId`. */
export function importRequest(
  value: unknown,
  path: string,
  deps: Deps,
  place: { collectionId: Id; parentId: Id | null; sort: number; warnings: string[] },
): Request {
  const o = object(value, path);
  const endpoint = str(o.endpoint, at(path, "endpoint"));
  const extra = rows(o.params, at(path, "params"));
  const params = [...parseQuery(endpoint), ...extra];
  const url = extra.length ? withQuery(endpoint, params) : endpoint;
  const req = makeRequest(deps, {
    collectionId: place.collectionId,
    parentId: place.parentId,
    name: text(o.name, at(path, "name")),
    method: (text(o.method, at(path, "method")) || "GET").toUpperCase(),
    url,
    params,
    pathVariables: syncPathVariables(url, []),
    headers: rows(o.headers, at(path, "headers")),
    body: importBody(o.body, at(path, "body")),
    auth: importAuth(o.auth, at(path, "auth"), place.warnings),
    variables: rows(o.requestVariables, at(path, "requestVariables")).map((r) => ({
      ...r,
      type: "default" as const,
    })),
    sort: place.sort,
  });
  const pre = text(o.preRequestScript, at(path, "preRequestScript"));
  const test = text(o.testScript, at(path, "testScript"));
  if (pre.trim() || test.trim()) {
    req.extra = { hoppscotch: { preRequestScript: pre, testScript: test } };
    place.warnings.push("Hoppscotch scripts use another API; they were kept aside, not imported.");
  }
  return req;
}
