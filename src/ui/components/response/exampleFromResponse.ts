/** A finished response as a saved example of its request ("Save as example"). */
import type { HttpResponse } from "../../../core/http/transport";
import type { Example, Id } from "../../../core/model";
import type { Result } from "../../../core/result";
import { err, ok } from "../../../core/result";
import { formatBytes } from "./units";

/**
 * The biggest body saved as an example: examples live in the request's row, which the sidebar
 * and every save read whole, so a 50 MB response would slow the whole collection down.
 */
export const MAX_EXAMPLE_BYTES = 1_000_000;

/**
 * The example for `response`, named `name` (as Postman names it after its request; the status
 * line when empty), or TOO_BIG (nothing saved) past {@link MAX_EXAMPLE_BYTES}.
 */
export function exampleFromResponse(response: HttpResponse, id: Id, name = ""): Result<Example> {
  if (response.body.length > MAX_EXAMPLE_BYTES) {
    return err({
      code: "TOO_BIG",
      message: `This response (${formatBytes(response.body.length)}) is too big to save as an example; the limit is ${formatBytes(MAX_EXAMPLE_BYTES)}.`,
    });
  }
  return ok({
    id,
    name: name.trim() || `${response.status} ${response.statusText}`.trim(),
    status: response.status,
    statusText: response.statusText,
    headers: response.headers.map(([key, value]) => ({ key, value, enabled: true })),
    body: new TextDecoder().decode(response.body),
  });
}
