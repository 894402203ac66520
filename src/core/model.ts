/**
 * Satchel's domain model: plain serialisable data, one interface per stored entity.
 *
 * Every field of Postman collection format v2.1 has a home here so that import → export loses
 * nothing; fields we do not interpret yet travel in `extra`.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import type { TimingPhases } from "./http/transport";

/** Bump when a stored document's shape changes; src/db migrates older rows up to it. */
export const SCHEMA_VERSION = 1;

export type Id = string;

/** Unknown or not-yet-used fields from an import, kept verbatim for export. */
export type Extra = Record<string, unknown>;

/**
 * A row of a key/value table (query params, headers, form fields, path variables). A query
 * param's `extra` may mark `valueless` (typed without `=`: Postman's `value: null`) and
 * `nullKey` (the empty middle of `&&`: `key: null`); see http/url.ts.
 */
export interface KeyValue {
  key: string;
  value: string;
  enabled: boolean;
  description?: string;
  extra?: Extra;
}

/** A multipart form-data field: text, or a file stored as a blob row (see db `files`). */
export interface FormField extends KeyValue {
  type: "text" | "file";
  /** For file fields: id of the stored file blob, and its original name. */
  fileId?: Id;
  fileName?: string;
  contentType?: string;
}

/** Every variable type (imports and restore check values against this list). */
export const VARIABLE_TYPES = ["default", "secret", "string", "number", "boolean", "any"] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** A variable in any scope (globals, collection, environment). */
export interface Variable {
  key: string;
  value: string | number | boolean;
  type: VariableType;
  enabled: boolean;
  description?: string;
  extra?: Extra;
}

export const STANDARD_METHODS = [
  "GET",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "HEAD",
  "OPTIONS",
] as const;

/** Postman's auth types; `inherit` means "use the parent's" (folder, then collection). */
export const AUTH_TYPES = [
  "inherit",
  "noauth",
  "basic",
  "bearer",
  "apikey",
  "digest",
  "oauth1",
  "oauth2",
  "hawk",
  "awsv4",
  "ntlm",
  "akamai",
  "edgegrid",
  "jwt",
  "asap",
] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

/** Auth as Postman v2.1 stores it: a type and that type's attribute list. */
export interface Auth {
  type: AuthType;
  /** e.g. basic: [{key:"username",value:"u"},{key:"password",value:"p"}] */
  attributes: { key: string; value: unknown; type?: string }[];
  /**
   * The attribute lists of other types the auth object also carries, by type name (Postman keeps
   * a type's settings when another is chosen); unused, written back on export.
   */
  others?: Record<string, { key: string; value: unknown; type?: string }[]>;
}

/** Every body mode and raw language (imports and restore check values against these lists). */
export const BODY_MODES = ["none", "raw", "urlencoded", "formdata", "file", "graphql"] as const;
export type BodyMode = (typeof BODY_MODES)[number];
export const RAW_LANGUAGES = ["json", "xml", "text", "html", "javascript"] as const;
export type RawLanguage = (typeof RAW_LANGUAGES)[number];

export interface Body {
  mode: BodyMode;
  raw: string;
  language: RawLanguage;
  urlencoded: KeyValue[];
  formdata: FormField[];
  /** Binary body: a stored file blob. */
  file?: { fileId?: Id; fileName?: string; contentType?: string };
  graphql: { query: string; variables: string };
  /** Postman's body.disabled and body.options, kept for round trips. */
  disabled?: boolean;
  extra?: Extra;
}

/** Pre-request and test script source. */
export interface Scripts {
  prerequest: string;
  test: string;
  /**
   * Further scripts of a kind, each run on its own after the one above, in order (a Postman item
   * with several events of one kind). Absent: none.
   */
  more?: { prerequest?: string[]; test?: string[] };
  extra?: Extra;
}

/** A saved example response (Postman's `response[]` on an item). */
export interface Example {
  id: Id;
  name: string;
  status: number;
  statusText: string;
  headers: KeyValue[];
  body: string;
  /** The request the example was recorded for, if different from the parent. */
  originalRequest?: Extra;
  extra?: Extra;
}

interface Stored {
  id: Id;
  schemaVersion: number;
  createdAt: number;
  updatedAt: number;
}

export interface Workspace extends Stored {
  name: string;
}

export interface CollectionSettings {
  /** Per-script deadline; default 10 s. */
  scriptTimeoutMs?: number;
  requestTimeoutMs?: number;
  /**
   * How the browser sends this collection's requests, over the header's choice (absent: the
   * header's). Only the browser app reads it.
   */
  transport?: "auto" | "fetch" | "agent" | "proxy";
}

export interface Collection extends Stored {
  workspaceId: Id;
  name: string;
  description: string;
  variables: Variable[];
  auth: Auth;
  scripts: Scripts;
  settings: CollectionSettings;
  /** Fractional ordering among collections. */
  sort: number;
  extra?: Extra;
}

export interface Folder extends Stored {
  collectionId: Id;
  /** Parent folder id, or null when directly under the collection. */
  parentId: Id | null;
  name: string;
  description: string;
  auth: Auth;
  scripts: Scripts;
  /** Kept for round trips; not used in runs (Newman behaviour). */
  variables: Variable[];
  sort: number;
  extra?: Extra;
}

export interface RequestSettings {
  /** Postman's protocolProfileBehavior, kept verbatim. */
  protocolProfileBehavior?: Extra;
  timeoutMs?: number;
  followRedirects?: boolean;
}

export interface Request extends Stored {
  collectionId: Id;
  parentId: Id | null;
  name: string;
  /** Standard or custom method, upper case. */
  method: string;
  /** The URL as typed, with {{variables}} and :pathVariables. */
  url: string;
  params: KeyValue[];
  pathVariables: KeyValue[];
  headers: KeyValue[];
  body: Body;
  auth: Auth;
  scripts: Scripts;
  description: string;
  examples: Example[];
  /** Kept for round trips; not used in runs. */
  variables: Variable[];
  settings: RequestSettings;
  sort: number;
  extra?: Extra;
}

export interface Environment extends Stored {
  workspaceId: Id;
  name: string;
  variables: Variable[];
  extra?: Extra;
}

/** Globals: one row per workspace. */
export interface Globals extends Stored {
  workspaceId: Id;
  variables: Variable[];
}

/** What came back, as stored in history and shown in the viewer. */
export interface ResponseSummary {
  status: number;
  statusText: string;
  headers: [string, string][];
  timeMs: number;
  sizeBytes: number;
  url: string;
  redirected: boolean;
  /**
   * Where the time went (DNS, connect, TLS, first byte, download), when the transport measured it
   * (Node, the agent); absent for fetch and in older entries.
   */
  timings?: TimingPhases;
}

export interface HistoryEntry extends Stored {
  workspaceId: Id;
  /** The request as it was sent (unresolved template + resolved URL). */
  request: Pick<Request, "method" | "url" | "params" | "headers" | "body" | "auth" | "name">;
  resolvedUrl: string;
  /**
   * The headers as sent: variables resolved and auth applied (Authorization, API keys). Entries
   * stored before 2026-11-30 lack it; exports then fall back to the request's own rows.
   */
  sentHeaders?: [string, string][];
  requestId?: Id;
  response?: ResponseSummary;
  /** Body text, truncated for storage (see db history repo). */
  responseBody?: string;
  error?: { code: string; message: string };
  sentAt: number;
}

/**
 * Rows bound for storage together: what an import creates, what the first start seeds (the
 * demo), and what a backup holds. Every bundle passes through `restoreBundle` before storage.
 */
export interface Bundle {
  collections: Collection[];
  folders: Folder[];
  requests: Request[];
  environments: Environment[];
  /** Variables to merge into the workspace's globals (globals files only). */
  globals?: Globals;
}
