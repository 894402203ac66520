/**
 * Parameter values → the pieces of a request: the path template filled in, the query string,
 * header lines and cookie pairs, each serialized by its style and encoded for its location.
 * A parameter with `content` is written as its media type says (JSON text) and then encoded as
 * one value. A required parameter without a value fails with MISSING_PARAMETER.
 * @see https://spec.openapis.org/oas/v3.1.1#parameter-object
 * @see https://spec.openapis.org/oas/v3.1.1#path-templating
 */
import { isJson } from "../import/openapi/body";
import type { Result } from "../result";
import { err, ok } from "../result";
import { COOKIE_CODEC, HEADER_CODEC, PATH_CODEC, queryCodec } from "./codecs";
import { isHeaderSafe } from "./encode";
import type { TryItInput } from "./input";
import { expandPairs, expandValue } from "./style";
import type { TryItOperation, TryItParameter } from "./types";

/** The request pieces parameters produce. */
export interface AppliedParameters {
  path: string;
  /** Encoded `name=value` pairs, joined with `&` by the caller. */
  query: string[];
  headers: [string, string][];
  /** Encoded `name=value` pairs for one Cookie header. */
  cookies: string[];
}

/** A `content` parameter's value as its media type writes it. */
const contentValue = (p: TryItParameter, v: unknown) =>
  p.contentType && isJson(p.contentType) && v !== undefined && typeof v !== "string"
    ? JSON.stringify(v)
    : v;

const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** Serializes every parameter of `op` that has a value in `input.parameters`. */
export function applyParameters(op: TryItOperation, input: TryItInput): Result<AppliedParameters> {
  const out: AppliedParameters = { path: op.path, query: [], headers: [], cookies: [] };
  const missing: string[] = [];
  for (const p of op.parameters) {
    const raw = input.parameters?.[p.in]?.[p.name];
    if (empty(raw)) {
      if (p.required) missing.push(`${p.name} (${p.in})`);
      continue;
    }
    const value = contentValue(p, raw);
    const style = p.contentType
      ? {
          ...p,
          style: p.in === "path" || p.in === "header" ? ("simple" as const) : ("form" as const),
        }
      : p;
    if (p.in === "path") {
      const text = expandValue(style, value, PATH_CODEC) ?? "";
      out.path = out.path.split(`{${p.name}}`).join(text);
    } else if (p.in === "query") {
      for (const [k, v] of expandPairs(style, value, queryCodec(p.allowReserved))) {
        out.query.push(`${k}=${v}`);
      }
    } else if (p.in === "header") {
      const text = expandValue(style, value, HEADER_CODEC);
      if (text === undefined) continue;
      if (!isHeaderSafe(text)) {
        return err({
          code: "INVALID_HEADER_VALUE",
          message: `The header "${p.name}" cannot hold a line break.`,
          at: `header ${p.name}`,
        });
      }
      out.headers.push([p.name, text]);
    } else {
      for (const [k, v] of expandPairs({ ...style, style: "form" }, value, COOKIE_CODEC)) {
        out.cookies.push(`${k}=${v}`);
      }
    }
  }
  if (missing.length) {
    return err({
      code: "MISSING_PARAMETER",
      message: `Required ${missing.length === 1 ? "parameter" : "parameters"} without a value: ${missing.join(", ")}.`,
      at: missing.join(", "),
    });
  }
  return ok(out);
}
