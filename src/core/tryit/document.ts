/**
 * An OpenAPI document opened for try-it: its version checked (the importer's rules), a `$ref`
 * resolver and an example generator over it, and its operations listed in document order.
 * The document may be dereferenced already or not; only references inside it are followed.
 * @see https://spec.openapis.org/oas/v3.1.1#paths-object
 */
import { checkDocument, METHODS } from "../import/openapi/convert";
import type { Json, Resolver } from "../import/openapi/refs";
import { isObj, makeResolver } from "../import/openapi/refs";
import type { ExampleMaker } from "../import/openapi/schemaExample";
import { makeExampleMaker } from "../import/openapi/schemaExample";
import type { Result } from "../result";
import { ok } from "../result";

/** A checked document and the tools to read it. */
export interface OpenedDocument {
  doc: Json;
  /** Swagger 2.0 (else OpenAPI 3.0 or 3.1). */
  v2: boolean;
  version: string;
  resolver: Resolver;
  maker: ExampleMaker;
  /** components.securitySchemes (3.x) or securityDefinitions (2.0). */
  schemes: Json;
}

/** One operation of the document, as found in `paths`. */
export interface OperationRef {
  /** `"GET /pets/{id}"`. */
  selector: string;
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  item: Json;
  op: Json;
}

/** Checks `doc` (INVALID_OPENAPI, UNSUPPORTED_FORMAT) and opens it. */
export function openDocument(doc: unknown): Result<OpenedDocument> {
  const checked = checkDocument(doc);
  if (!checked.ok) return checked;
  const { doc: root, v2, version } = checked.value;
  const resolver = makeResolver(root);
  const components = isObj(root.components) ? root.components : {};
  const schemes = v2 ? root.securityDefinitions : components.securitySchemes;
  return ok({
    doc: root,
    v2,
    version,
    resolver,
    maker: makeExampleMaker(resolver),
    schemes: isObj(schemes) ? schemes : {},
  });
}

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/** Every operation of the document, in document order (path items may be `$ref`s). */
export function listOperations(opened: OpenedDocument): OperationRef[] {
  const out: OperationRef[] = [];
  const paths = isObj(opened.doc.paths) ? opened.doc.paths : {};
  for (const [path, node] of Object.entries(paths)) {
    const item = opened.resolver.deref(node);
    if (!item) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const upper = method.toUpperCase();
      out.push({
        selector: `${upper} ${path}`,
        method: upper,
        path,
        ...(str(op.operationId) ? { operationId: str(op.operationId) } : {}),
        ...(str(op.summary) ? { summary: str(op.summary) } : {}),
        item,
        op,
      });
    }
  }
  return out;
}
