/**
 * One operation → one request: name, method, `{{baseUrl}}` (or the operation's own server) + path
 * with `:name` path variables,
 * query/header/cookie parameters serialized by style with their example values, the body, the
 * auth of its security requirement, and its responses as saved examples.
 */
import type { Deps } from "../../factory";
import { makeRequest } from "../../factory";
import { withQuery } from "../../http/url";
import type { Auth, Id, KeyValue, Request } from "../../model";
import { buildBody, mediaExample, pickMediaType } from "./body";
import { buildExamples } from "./responses";
import type { ExampleMaker } from "./schemaExample";
import type { Style } from "./serialize";
import { defaultStyle, serializePairs, serializeValue } from "./serialize";
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";

/** An operation ready to convert, in 3.x shape (2.0 is upgraded first). */
export interface OperationInput {
  method: string;
  path: string;
  op: Json;
  /** Path-level and operation-level parameters, dereferenced and merged. */
  parameters: Json[];
  requestBody?: Json;
  responses: unknown;
  auth?: Auth;
  /** The operation's own server URL (operation- or path-level `servers`), over `{{baseUrl}}`. */
  base?: string;
}

/** The shared context of one conversion. */
export interface ConvertContext {
  deps: Deps;
  resolver: Resolver;
  maker: ExampleMaker;
  collectionId: Id;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The example value of a parameter: example, examples, content, then its schema. */
function paramValue(p: Json, ctx: ConvertContext): unknown {
  if ("example" in p) return p.example;
  if (isObj(p.examples)) {
    const first = ctx.resolver.deref(Object.values(p.examples)[0]);
    if (first && "value" in first) return first.value;
  }
  if (isObj(p.content)) {
    const mt = pickMediaType(p.content);
    const media = mt ? ctx.resolver.deref(p.content[mt]) : undefined;
    const v = media ? mediaExample(media, ctx.resolver, ctx.maker) : undefined;
    return typeof v === "object" && v !== null ? JSON.stringify(v) : v;
  }
  return ctx.maker.example(p.schema);
}

const row = (key: string, value: string, p: Json): KeyValue => ({
  key,
  value,
  enabled: p.required === true || p.in === "path" || p.in === "header",
  ...(str(p.description) ? { description: str(p.description) } : {}),
});

/** Converts one operation into a request of `ctx.collectionId` under `parentId`. */
export function buildRequest(input: OperationInput, ctx: ConvertContext, parentId: Id | null) {
  const { op } = input;
  const params: KeyValue[] = [];
  const pathVariables: KeyValue[] = [];
  const headers: KeyValue[] = [];
  const cookies: string[] = [];
  for (const p of input.parameters) {
    const name = String(p.name ?? "");
    const where = String(p.in ?? "");
    const style = (str(p.style) ?? defaultStyle(where)) as Style;
    const explode = typeof p.explode === "boolean" ? p.explode : style === "form";
    const value = paramValue(p, ctx);
    if (where === "path") {
      pathVariables.push(row(name, serializeValue(name, value, style, explode), p));
    } else if (where === "header") {
      headers.push(row(name, serializeValue(name, value, "simple", explode), p));
    } else if (where === "query") {
      for (const [k, v] of serializePairs(name, value, style, explode)) params.push(row(k, v, p));
    } else if (where === "cookie") {
      for (const [k, v] of serializePairs(name, value, "form", explode)) cookies.push(`${k}=${v}`);
    }
  }
  if (cookies.length) headers.push({ key: "Cookie", value: cookies.join("; "), enabled: true });
  const { body, contentType } = buildBody(input.requestBody, ctx.resolver, ctx.maker);
  if (contentType && !/multipart/i.test(contentType)) {
    headers.push({ key: "Content-Type", value: contentType, enabled: true });
  }
  const path = input.path.replace(/\{([^}]+)\}/g, ":$1");
  const url = withQuery(`${input.base ?? "{{baseUrl}}"}${path}`, params);
  const method = input.method.toUpperCase();
  const description = [str(op.summary) && str(op.description) ? str(op.description) : undefined]
    .concat(!str(op.summary) ? [str(op.description)] : [])
    .filter(Boolean)
    .join("\n\n");
  const request: Request = makeRequest(ctx.deps, {
    collectionId: ctx.collectionId,
    parentId,
    name: str(op.summary) || str(op.operationId) || `${method} ${input.path}`,
    method,
    url,
    params,
    pathVariables,
    headers,
    body,
    description,
    examples: buildExamples(input.responses, ctx.deps, ctx.resolver, ctx.maker),
    ...(input.auth ? { auth: input.auth } : {}),
    ...(op.deprecated === true ? { extra: { deprecated: true } } : {}),
  });
  return request;
}
