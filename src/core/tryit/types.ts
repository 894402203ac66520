/**
 * The try-it model: one OpenAPI operation as plain data (found by ./findOperation.ts), with its
 * parameters, servers, request body and security already resolved, so that building a request
 * from what a reader typed (./buildRequest.ts) needs nothing but this object and the input.
 * Plain data only: it can cross a worker boundary (structured clone).
 * @see https://spec.openapis.org/oas/v3.1.1#operation-object
 */
import type { Json } from "../import/openapi/refs";
import type { AuthInput } from "./securityTypes";

/** Where a parameter goes. */
export type ParamLocation = "path" | "query" | "header" | "cookie";

/** OpenAPI 3 serialization styles. */
export type ParamStyle =
  "matrix" | "label" | "simple" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** How one value is serialized: what a parameter and an Encoding Object have in common. */
export interface StyleSpec {
  name: string;
  style: ParamStyle;
  explode: boolean;
  /** Query only: leave RFC 3986 reserved characters as they are (RFC 6570 `+`). */
  allowReserved?: boolean;
  /**
   * What joins the items of an unexploded array (default: the style's, `,` / ` ` / `|`). Set for
   * Swagger 2.0's `collectionFormat` (tsv is `\t`), which 3.x styles cannot all express.
   */
  delimiter?: string;
}

/** One parameter of an operation, with path-level and operation-level ones merged. */
export interface TryItParameter extends StyleSpec {
  in: ParamLocation;
  required: boolean;
  deprecated: boolean;
  allowEmptyValue: boolean;
  description?: string;
  /** The parameter's schema, top level dereferenced (nested `$ref`s stay). */
  schema?: Json;
  /** Set when the parameter uses `content` instead of `schema`: its one media type. */
  contentType?: string;
  /** Allowed values (the schema's, or its items' for an array), for a select. */
  enum?: unknown[];
  /** A value to prefill: example, examples, default, enum[0], else generated from the schema. */
  example: unknown;
  /** True when the spec gave the example (example, examples or default), not the generator. */
  exampleGiven: boolean;
}

/** A server variable: its default and, when given, the only values allowed. */
export interface TryItServerVariable {
  default: string;
  enum?: string[];
  description?: string;
}

/** One server the operation can be sent to; `url` may hold `{variables}` and be relative. */
export interface TryItServer {
  url: string;
  description?: string;
  variables: Record<string, TryItServerVariable>;
}

/** How one property of a form body is encoded (Encoding Object, or 2.0 `collectionFormat`). */
export interface TryItEncoding {
  contentType?: string;
  /** Set only when the spec names style, explode or allowReserved (style-based serialization). */
  style?: StyleSpec;
}

/** One property of a urlencoded or multipart body, for the editor and the encoder. */
export interface TryItFormField {
  name: string;
  required: boolean;
  /** A file to pick (format binary/base64, contentMediaType, 2.0 `type: file`). */
  file: boolean;
  /** An array: one part (or pair) per item. */
  multiple: boolean;
  description?: string;
  encoding?: TryItEncoding;
}

/** One media type of the request body. */
export interface TryItMediaType {
  mediaType: string;
  schema?: Json;
  /** The whole body is one file (application/octet-stream, images, a binary schema). */
  file: boolean;
  /** For urlencoded and multipart bodies: their properties. */
  fields?: TryItFormField[];
  /** A value to prefill (file fields left out: the reader picks them). */
  example: unknown;
}

/** The request body an operation takes. */
export interface TryItRequestBody {
  required: boolean;
  description?: string;
  /** In the spec's order; `preferred` is the one to show first. */
  content: TryItMediaType[];
  preferred?: string;
}

/** The security of an operation: alternatives (any one will do), each a list of schemes (all). */
export interface SecurityPlan {
  alternatives: { inputs: AuthInput[]; satisfiable: boolean }[];
  /** The first alternative whose every scheme we can apply; undefined when none can be. */
  chosen?: number;
  /** True when sending without credentials is allowed (no security, or an empty requirement). */
  optional: boolean;
  /** Why some schemes cannot be applied (unknown names, mutualTLS, HTTP digest…). */
  problems: string[];
}

/** An operation, ready for a try-it panel. */
export interface TryItOperation {
  /** The OpenAPI (or Swagger) version of the document, e.g. "3.0.3" or "2.0". */
  version: string;
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: TryItParameter[];
  servers: TryItServer[];
  requestBody?: TryItRequestBody;
  security: SecurityPlan;
}
