/**
 * Form bodies from an object value. urlencoded: a property with style, explode or allowReserved
 * in its Encoding Object is serialized by style (as a query parameter, without the `?`); others
 * by content: an array repeats the name, an object becomes JSON. multipart: one part per
 * property, and one part per item of an array (files and text alike), each with its encoding's
 * contentType (objects default to application/json); a file keeps its own type when it has one.
 * @see https://spec.openapis.org/oas/v3.1.1#encoding-object
 * @see https://spec.openapis.org/oas/v3.1.1#special-considerations-for-multipart-content
 * @see https://spec.openapis.org/oas/v3.1.1#appendix-c-using-rfc6570-based-serialization
 */
import { formEncode } from "../http/bodyParts";
import type { HttpBody } from "../http/transport";
import { isObj } from "../import/openapi/refs";
import type { Result } from "../result";
import { err, ok } from "../result";
import { queryCodec, RAW_CODEC } from "./codecs";
import { isFileValue } from "./input";
import type { Pair } from "./style";
import { expandPairs, toText } from "./style";
import type { TryItFormField, TryItMediaType } from "./types";

type Multipart = Extract<HttpBody, { kind: "multipart" }>["fields"][number];

const invalid = (message: string) => err({ code: "INVALID_BODY", message });

/** The object a form body is made from, with its required fields checked. */
function formObject(media: TryItMediaType | undefined, value: unknown) {
  if (!isObj(value)) return invalid("A form body needs an object: one property per field.");
  const missing = (media?.fields ?? []).filter((f) => {
    const v = value[f.name];
    return f.required && (v === undefined || v === null || (Array.isArray(v) && !v.length));
  });
  if (missing.length) {
    return err({
      code: "MISSING_FIELD",
      message: `Required form fields without a value: ${missing.map((f) => f.name).join(", ")}.`,
    });
  }
  return ok(value);
}

const fieldOf = (media: TryItMediaType | undefined, name: string): TryItFormField | undefined =>
  media?.fields?.find((f) => f.name === name);

/** An application/x-www-form-urlencoded body (text when a field keeps reserved characters). */
export function urlencodedBody(
  media: TryItMediaType | undefined,
  value: unknown,
): Result<HttpBody> {
  const checked = formObject(media, value);
  if (!checked.ok) return checked;
  const pieces: { pair: Pair; encoded: boolean }[] = [];
  for (const [name, v] of Object.entries(checked.value)) {
    if (v === undefined || v === null) continue;
    if (isFileValue(v) || (Array.isArray(v) && v.some(isFileValue))) {
      return invalid(`The field "${name}" holds a file, which a urlencoded body cannot carry.`);
    }
    const style = fieldOf(media, name)?.encoding?.style;
    if (style) {
      const encoded = style.allowReserved === true;
      for (const pair of expandPairs(style, v, encoded ? queryCodec(true) : RAW_CODEC)) {
        pieces.push({ pair, encoded });
      }
    } else {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) pieces.push({ pair: [name, toText(item)], encoded: false });
    }
  }
  if (!pieces.some((p) => p.encoded)) {
    return ok({ kind: "urlencoded", fields: pieces.map((p) => p.pair) });
  }
  const text = pieces
    .map(({ pair: [k, v], encoded }) =>
      encoded ? `${k}=${v}` : `${formEncode(k)}=${formEncode(v)}`,
    )
    .join("&");
  return ok({ kind: "text", text });
}

/** The first concrete media type of an Encoding Object's contentType list. */
const concrete = (list: string | undefined) =>
  list
    ?.split(",")
    .map((t) => t.trim())
    .find((t) => t && !t.includes("*"));

/** A multipart/form-data body: files by reference, every array item its own part. */
export function multipartBody(media: TryItMediaType | undefined, value: unknown): Result<HttpBody> {
  const checked = formObject(media, value);
  if (!checked.ok) return checked;
  const fields: Multipart[] = [];
  for (const [name, v] of Object.entries(checked.value)) {
    const encoding = fieldOf(media, name)?.encoding;
    const declared = concrete(encoding?.contentType);
    if (encoding?.style && !isFileValue(v) && !(Array.isArray(v) && v.some(isFileValue))) {
      for (const [k, text] of expandPairs(encoding.style, v, RAW_CODEC)) {
        fields.push({
          type: "text",
          name: k,
          value: text,
          ...(declared ? { contentType: declared } : {}),
        });
      }
      continue;
    }
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === undefined || item === null) continue;
      if (isFileValue(item)) {
        const contentType = item.contentType ?? declared;
        fields.push({
          type: "file",
          name,
          ...(item.fileId !== undefined ? { fileId: item.fileId } : {}),
          ...(item.fileName !== undefined ? { fileName: item.fileName } : {}),
          ...(contentType ? { contentType } : {}),
        });
        continue;
      }
      const structured = typeof item === "object";
      const contentType = declared ?? (structured ? "application/json" : undefined);
      fields.push({
        type: "text",
        name,
        value: toText(item),
        ...(contentType ? { contentType } : {}),
      });
    }
  }
  return ok({ kind: "multipart", fields });
}
