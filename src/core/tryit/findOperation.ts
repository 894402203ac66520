/**
 * Finds one operation of an OpenAPI 2.0/3.0/3.1 document by operationId or `"GET /pets/{id}"`
 * and gathers what a try-it panel needs: merged path-level and operation-level parameters (the
 * operation's win by name + in), servers, request body (Swagger 2.0's body and formData
 * parameters upgraded to 3.x shape by the importer) and security. An unknown selector fails
 * with the closest operations named.
 * @see https://spec.openapis.org/oas/v3.1.1#path-item-object
 * @see https://spec.openapis.org/oas/v3.1.1#operation-object
 */
import { conversionFailure, mergeParams } from "../import/openapi/convert";
import { upgradeOperation } from "../import/openapi/swagger2";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { OpenedDocument, OperationRef } from "./document";
import { listOperations, openDocument } from "./document";
import { toTryItParameter } from "./parameters";
import { toTryItBody } from "./requestBody";
import { securityPlan } from "./security";
import { operationServers, swagger2ServerList } from "./servers";
import { closeMatches } from "./suggest";
import type { TryItOperation, TryItParameter } from "./types";

/** Path templates compare without their variable names: `/pets/{id}` finds `/pets/{petId}`. */
const template = (path: string) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "");

/** The operation `selector` names: `METHOD /path` (method case-insensitive) or an operationId. */
export function matchOperation(ops: OperationRef[], selector: string): OperationRef | undefined {
  const wanted = selector.trim();
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(wanted);
  if (m) {
    const method = (m[1] ?? "").toUpperCase();
    const path = m[2] ?? "";
    const found =
      ops.find((o) => o.method === method && o.path === path) ??
      ops.find((o) => o.method === method && template(o.path) === template(path));
    if (found) return found;
  }
  return ops.find((o) => o.operationId === wanted);
}

function notFound(ops: OperationRef[], selector: string) {
  const names = ops.flatMap((o) => (o.operationId ? [o.operationId, o.selector] : [o.selector]));
  const close = closeMatches(selector, names);
  return err({
    code: "OPERATION_NOT_FOUND",
    message:
      `No operation "${selector}" in this document.` +
      (close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(", ")}?` : ""),
    hint: 'Name an operationId, or a method and path such as "GET /pets/{id}".',
  });
}

function build(ref: OperationRef, opened: OpenedDocument): TryItOperation {
  const { op, item } = ref;
  const merged = mergeParams(item.parameters, op.parameters, opened.resolver.deref);
  const shaped = opened.v2
    ? upgradeOperation(merged, op, opened.doc, opened.resolver)
    : { parameters: merged, requestBody: opened.resolver.deref(op.requestBody) };
  const bodyRequired = opened.v2
    ? merged.some((p) => (p.in === "body" || p.in === "formData") && p.required === true)
    : undefined;
  const parameters = shaped.parameters
    .map((p) => toTryItParameter(p, opened))
    .filter((p): p is TryItParameter => p !== undefined);
  const requestBody = toTryItBody(shaped.requestBody, opened, bodyRequired);
  if (opened.v2) {
    // The upgrade turns a 2.0 file parameter into a bare binary schema: its `required` is here.
    const formData = merged.filter((p) => p.in === "formData" && p.required === true);
    const required = new Set(formData.map((p) => String(p.name)));
    for (const media of requestBody?.content ?? []) {
      for (const f of media.fields ?? []) f.required ||= required.has(f.name);
    }
  }
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  return {
    version: opened.version,
    method: ref.method,
    path: ref.path,
    ...(ref.operationId ? { operationId: ref.operationId } : {}),
    ...(ref.summary ? { summary: ref.summary } : {}),
    ...(str(op.description) ? { description: str(op.description) } : {}),
    deprecated: op.deprecated === true,
    parameters,
    servers: opened.v2 ? swagger2ServerList(opened.doc) : operationServers(op, item, opened.doc),
    ...(requestBody ? { requestBody } : {}),
    security: securityPlan(op, opened),
  };
}

/** The operation of an opened document that `selector` names. */
export function findInDocument(opened: OpenedDocument, selector: string): Result<TryItOperation> {
  const ops = listOperations(opened);
  const ref = matchOperation(ops, selector);
  return ref ? ok(build(ref, opened)) : notFound(ops, selector);
}

/**
 * The operation `selector` names in `doc` (a parsed JSON/YAML object). Fails with
 * INVALID_OPENAPI, UNSUPPORTED_FORMAT (not 2.0, 3.0 or 3.1) or OPERATION_NOT_FOUND. Several
 * panels on one page should open the document once (`openDocument`) and use `findInDocument`.
 */
export function findOperation(doc: unknown, selector: string): Result<TryItOperation> {
  try {
    const opened = openDocument(doc);
    return opened.ok ? findInDocument(opened.value, selector) : opened;
  } catch (e) {
    return conversionFailure(e);
  }
}
