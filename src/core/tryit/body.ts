/**
 * The request body for one media type and what the reader entered: typed text as it is; JSON
 * serialized; urlencoded and multipart from an object (./formBody.ts); a file body from a picked
 * file; any other text type as text. Gives the HttpBody the transports send and the
 * Content-Type to declare (none for multipart: the transport adds its boundary).
 * @see https://spec.openapis.org/oas/v3.1.1#media-type-object
 */
import type { HttpBody } from "../http/transport";
import { isJson } from "../import/openapi/body";
import type { Result } from "../result";
import { err, ok } from "../result";
import { multipartBody, urlencodedBody } from "./formBody";
import type { BodyInput } from "./input";
import { isFileValue } from "./input";
import { toText } from "./style";
import type { TryItRequestBody } from "./types";

/** A built body and the Content-Type header it goes with. */
export interface BuiltTryItBody {
  body?: HttpBody;
  contentType?: string;
}

/** A media type a request can declare: wildcards (`*\/*`, `image/*`) made concrete. */
function declared(mediaType: string, fallback: string): string {
  return mediaType.includes("*") ? fallback : mediaType;
}

/**
 * The body of a request to `requestBody` (undefined when the operation declares none) from
 * `input`. Fails with MISSING_BODY (required and absent), INVALID_BODY or MISSING_FIELD.
 */
export function buildBody(
  requestBody: TryItRequestBody | undefined,
  input: BodyInput | undefined,
): Result<BuiltTryItBody> {
  if (!input || (input.text === undefined && input.value === undefined)) {
    if (requestBody?.required) {
      return err({ code: "MISSING_BODY", message: "This operation needs a request body." });
    }
    return ok({});
  }
  const { mediaType } = input;
  const media = requestBody?.content.find((m) => m.mediaType === mediaType);
  const json = isJson(mediaType);
  if (input.text !== undefined) {
    const fallback = json ? "application/json" : "text/plain";
    return ok({
      body: { kind: "text", text: input.text },
      contentType: declared(mediaType, fallback),
    });
  }
  const value = input.value;
  if (/^application\/x-www-form-urlencoded\b/i.test(mediaType)) {
    const body = urlencodedBody(media, value);
    return body.ok ? ok({ body: body.value, contentType: mediaType }) : body;
  }
  if (/^multipart\//i.test(mediaType)) {
    const body = multipartBody(media, value);
    return body.ok ? ok({ body: body.value }) : body;
  }
  if (isFileValue(value)) {
    const { fileId, fileName, contentType } = value;
    const type = declared(mediaType, contentType ?? "application/octet-stream");
    return ok({
      body: {
        kind: "file",
        ...(fileId !== undefined ? { fileId } : {}),
        ...(fileName !== undefined ? { fileName } : {}),
        contentType: type,
      },
      contentType: type,
    });
  }
  if (media?.file) {
    return err({ code: "INVALID_BODY", message: `Choose a file to send as ${mediaType}.` });
  }
  if (json) {
    const text = JSON.stringify(value);
    return ok({
      body: { kind: "text", text },
      contentType: declared(mediaType, "application/json"),
    });
  }
  return ok({
    body: { kind: "text", text: toText(value) },
    contentType: declared(mediaType, "text/plain"),
  });
}
