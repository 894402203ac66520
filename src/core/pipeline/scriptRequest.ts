/**
 * The request as pre-request scripts see it (templates, not yet resolved) and folding a
 * script's changes to it back into the stored-request shape, so buildHttpRequest stays the one
 * place that resolves variables and applies auth.
 */
import { buildBody } from "../http/body";
import { requestUrlTemplate } from "../http/buildRequest";
import type { HttpBody, HttpRequest } from "../http/transport";
import type { Body, FormField, KeyValue, Request } from "../model";

/** The request before resolution: URL with params and path variables, enabled headers, body. */
export function templateHttpRequest(request: Request): HttpRequest {
  const http: HttpRequest = {
    method: request.method.toUpperCase() || "GET",
    url: requestUrlTemplate(request),
    headers: request.headers
      .filter((h) => h.enabled && h.key.trim() !== "")
      .map((h) => [h.key, h.value]),
  };
  const built = buildBody(request.body, (text) => text);
  if (built.body) http.body = built.body;
  return http;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const row = (key: string, value: string): KeyValue => ({ key, value, enabled: true });

/** The stored body for an HttpBody a script produced. */
function bodyFrom(http: HttpBody | undefined, old: Body): Body {
  const base: Body = { ...old, disabled: false };
  if (!http) return { ...base, mode: "none" };
  switch (http.kind) {
    case "text":
      return {
        ...base,
        mode: "raw",
        raw: http.text,
        language: old.mode === "raw" ? old.language : old.mode === "graphql" ? "json" : "text",
      };
    case "urlencoded":
      return { ...base, mode: "urlencoded", urlencoded: http.fields.map(([k, v]) => row(k, v)) };
    case "multipart":
      return {
        ...base,
        mode: "formdata",
        formdata: http.fields.map((f): FormField =>
          f.type === "text"
            ? { ...row(f.name, f.value), type: "text" }
            : {
                ...row(f.name, ""),
                type: "file",
                fileId: f.fileId,
                fileName: f.fileName,
                contentType: f.contentType,
              },
        ),
      };
    case "file":
      return {
        ...base,
        mode: "file",
        file: { fileId: http.fileId, fileName: http.fileName, contentType: http.contentType },
      };
  }
}

/** `request` with whatever differs between `before` and `after` (a script's edits) applied. */
export function applyScriptChanges(
  request: Request,
  before: HttpRequest,
  after: HttpRequest,
): Request {
  let next = request;
  if (after.method !== before.method) next = { ...next, method: after.method };
  if (after.url !== before.url) next = { ...next, url: after.url, params: [], pathVariables: [] };
  if (!same(after.headers, before.headers)) {
    next = { ...next, headers: after.headers.map(([k, v]) => row(k, v)) };
  }
  if (!same(after.body, before.body)) next = { ...next, body: bodyFrom(after.body, request.body) };
  return next;
}
