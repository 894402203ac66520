/** Postman saved responses (`item.response[]`) → our Examples. */
import type { Deps } from "../../factory";
import type { Example } from "../../model";
import { at, clean, isObject, list, object, rest, text } from "./read";
import { headers } from "./rows";

/** Convert one saved response; its Postman id goes to `extra.postmanId`. */
function example(value: unknown, path: string, deps: Deps): Example {
  const o = object(value, path);
  const code = typeof o.code === "number" ? o.code : Number(text(o.code, at(path, "code"), "0"));
  const ex: Example = {
    id: deps.random.uuid(),
    name: text(o.name, at(path, "name")),
    status: Number.isFinite(code) ? code : 0,
    statusText: text(o.status, at(path, "status")),
    headers: headers(o.header, at(path, "header")),
    body: text(o.body, at(path, "body")),
  };
  if (isObject(o.originalRequest)) {
    ex.originalRequest = clean(o.originalRequest) as Record<string, unknown>;
  } else if (typeof o.originalRequest === "string") {
    ex.originalRequest = { url: o.originalRequest };
  }
  const extra = rest(o, ["id", "name", "code", "status", "header", "body", "originalRequest"]);
  const postmanId = typeof o.id === "string" ? { postmanId: o.id } : undefined;
  if (extra || postmanId) ex.extra = { ...postmanId, ...extra };
  return ex;
}

/** Convert `response` (absent → []). */
export function importExamples(value: unknown, path: string, deps: Deps): Example[] {
  return list(value, path).map((r, i) => example(r, at(path, i), deps));
}
