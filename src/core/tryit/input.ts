/**
 * What a reader typed into a try-it panel: the server and its variables, parameter values by
 * location and name, the body, and credentials by security scheme. Plain data, so a panel can
 * keep it, prefill it (./prefill.ts) and hand it to ./buildRequest.ts.
 */
import type { FileRef } from "../http/bodyParts";
import type { AuthValue } from "./securityTypes";
import type { ParamLocation } from "./types";

/** A file the reader picked, by reference (the host stores the bytes, as for multipart fields). */
export interface FileValue extends FileRef {
  kind: "file";
}

/** Marks a picked file as a body value (a whole body, a form field, or an item of one). */
export const fileValue = (ref: FileRef): FileValue => ({ kind: "file", ...ref });

/** True for a value made by {@link fileValue}. */
export const isFileValue = (v: unknown): v is FileValue =>
  typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "file";

/**
 * The body: `text` is sent as typed (a JSON editor's text); otherwise `value` is serialized for
 * the media type (JSON, form fields, multipart parts) or, for a file body, is a {@link FileValue}.
 */
export interface BodyInput {
  mediaType: string;
  value?: unknown;
  text?: string;
}

/** Everything a reader can fill in. Missing parameters are left out of the request. */
export interface TryItInput {
  /** Which of the operation's servers (default 0), or a URL of the reader's own. */
  server?: { index?: number; url?: string; variables?: Record<string, string> };
  /** Where the spec was loaded from, to resolve relative server URLs. */
  specUrl?: string;
  parameters?: Partial<Record<ParamLocation, Record<string, unknown>>>;
  body?: BodyInput;
  /** Which security alternative to use (default: the plan's chosen one). */
  security?: number;
  /** Credentials by security scheme name. */
  auth?: Record<string, AuthValue>;
}
