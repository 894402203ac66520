/**
 * What the panel's controls hold (strings, checkboxes, picked files) and how it becomes the
 * core's TryItInput: array and object values are typed as JSON text, empty optional fields are
 * left out, files go by reference to blobs the panel keeps (./files.ts).
 */
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { FileValue, TryItInput } from "../../core/tryit/input";
import type { AuthValue } from "../../core/tryit/securityTypes";
import type {
  TryItFormField,
  TryItMediaType,
  TryItOperation,
  TryItParameter,
} from "../../core/tryit/types";

/** How a parameter is edited: a textbox, a select, a checkbox, or JSON text. */
export type ControlKind = "text" | "enum" | "boolean" | "json";

/** The form a panel edits. Keys of `params` are `${in}:${name}`. */
export interface FormValues {
  server: { index: number; url?: string; variables: Record<string, string> };
  params: Record<string, string | boolean | undefined>;
  mediaType?: string;
  /** The text of a JSON/text/XML body. */
  bodyText: string;
  /** Text of each non-file form field. */
  fields: Record<string, string>;
  /** Picked files of each file field; `""` is a whole-file body. */
  files: Record<string, FileValue[]>;
  auth: Record<string, AuthValue>;
  /** Which security alternative the reader uses (the plan's chosen one at first). */
  security?: number;
}

const schemaType = (schema: unknown): string | undefined => {
  if (typeof schema !== "object" || schema === null) return undefined;
  const type = (schema as { type?: unknown }).type;
  if (typeof type === "string") return type;
  return Array.isArray(type) ? type.find((t): t is string => t !== "null") : undefined;
};

/** The key of a parameter in {@link FormValues.params}. */
export const paramKey = (p: Pick<TryItParameter, "in" | "name">): string => `${p.in}:${p.name}`;

/** The control a parameter gets. */
export function paramKind(p: TryItParameter): ControlKind {
  const type = schemaType(p.schema);
  if (p.contentType || type === "array" || type === "object") return "json";
  if (p.enum?.length) return "enum";
  if (type === "boolean") return "boolean";
  return typeof p.example === "object" && p.example !== null ? "json" : "text";
}

/** A value as the text its control shows. */
export const asText = (value: unknown): string =>
  value === undefined || value === null
    ? ""
    : typeof value === "object"
      ? JSON.stringify(value, null, 2)
      : String(value);

/** The text a JSON/text body editor starts with for `media`. */
export function bodyText(media: TryItMediaType | undefined): string {
  if (!media || media.example === undefined) return "";
  return typeof media.example === "string" ? media.example : asText(media.example);
}

/** True when a form field takes JSON text (arrays and objects). */
export function fieldIsJson(media: TryItMediaType, field: TryItFormField): boolean {
  if (field.file) return false;
  if (field.multiple) return true;
  const props = (media.schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const type = schemaType(props?.[field.name]);
  if (type === "object" || type === "array") return true;
  const example = (media.example as Record<string, unknown> | undefined)?.[field.name];
  return typeof example === "object" && example !== null;
}

/** Texts of a form body's fields from the media type's example. */
export function fieldTexts(media: TryItMediaType | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const example = media?.example;
  if (!media?.fields || typeof example !== "object" || example === null) return out;
  for (const f of media.fields) {
    if (f.file) continue;
    const v = (example as Record<string, unknown>)[f.name];
    if (v !== undefined) out[f.name] = asText(v);
  }
  return out;
}

/** The media type shown first. */
export function firstMedia(op: TryItOperation): TryItMediaType | undefined {
  const body = op.requestBody;
  return body?.content.find((m) => m.mediaType === body.preferred) ?? body?.content[0];
}

const parseJson = (text: string, what: string): Result<unknown> => {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err({
      code: "INVALID_JSON",
      message: `${what} must be JSON: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
};

function bodyInput(op: TryItOperation, form: FormValues): Result<TryItInput["body"]> {
  const media = op.requestBody?.content.find((m) => m.mediaType === form.mediaType);
  if (!media || !form.mediaType) return ok(undefined);
  const mediaType = form.mediaType;
  if (media.fields) {
    const value: Record<string, unknown> = {};
    for (const f of media.fields) {
      if (f.file) {
        const files = form.files[f.name] ?? [];
        if (files.length) value[f.name] = f.multiple ? files : files[0];
        continue;
      }
      const text = form.fields[f.name] ?? "";
      if (text === "") continue;
      if (!fieldIsJson(media, f)) {
        value[f.name] = text;
        continue;
      }
      const parsed = parseJson(text, `The field "${f.name}"`);
      if (!parsed.ok) return parsed;
      value[f.name] = parsed.value;
    }
    return ok({ mediaType, value });
  }
  if (media.file) {
    const file = form.files[""]?.[0];
    return ok(file ? { mediaType, value: file } : undefined);
  }
  return ok(form.bodyText === "" ? undefined : { mediaType, text: form.bodyText });
}

/** The core input for what the form holds; fails with INVALID_JSON for malformed JSON text. */
export function toInput(
  op: TryItOperation,
  form: FormValues,
  specUrl?: string,
): Result<TryItInput> {
  const parameters: NonNullable<TryItInput["parameters"]> = {};
  for (const p of op.parameters) {
    const raw = form.params[paramKey(p)];
    if (raw === undefined || raw === "") continue;
    let value: unknown = raw;
    if (typeof raw === "string" && paramKind(p) === "json") {
      const parsed = parseJson(raw, `The parameter "${p.name}"`);
      if (!parsed.ok) return parsed;
      value = parsed.value;
    }
    (parameters[p.in] ??= {})[p.name] = value;
  }
  const body = bodyInput(op, form);
  if (!body.ok) return body;
  const { index, url, variables } = form.server;
  return ok({
    server: url !== undefined ? { url } : { index, variables },
    ...(specUrl ? { specUrl } : {}),
    parameters,
    ...(body.value ? { body: body.value } : {}),
    ...(form.security !== undefined ? { security: form.security } : {}),
    auth: form.auth,
  });
}
