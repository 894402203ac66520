/**
 * The input a panel starts from: the first server with its variables' defaults, every parameter
 * with its example (example, examples, default, enum[0], else one generated from the schema by
 * the importer's deterministic generator), and the preferred media type's example body (file
 * fields left for the reader to pick). Optional parameters are prefilled
 * only when the spec gives their example or default, or with `all`.
 * @see https://spec.openapis.org/oas/v3.1.1#working-with-examples
 */
import type { TryItInput } from "./input";
import type { ParamLocation, TryItOperation } from "./types";

/** Options for {@link prefillInput}. */
export interface PrefillOptions {
  /** Prefill optional parameters too (default: only required ones and those with an example). */
  all?: boolean;
}

/** A starting input for `op`. */
export function prefillInput(op: TryItOperation, options: PrefillOptions = {}): TryItInput {
  const input: TryItInput = {};
  const server = op.servers[0];
  if (server) {
    const variables = Object.fromEntries(
      Object.entries(server.variables).map(([name, v]) => [name, v.default]),
    );
    input.server = { index: 0, variables };
  }
  const parameters: Partial<Record<ParamLocation, Record<string, unknown>>> = {};
  for (const p of op.parameters) {
    if (p.example === undefined) continue;
    if (!p.required && !options.all && !p.exampleGiven) continue;
    (parameters[p.in] ??= {})[p.name] = p.example;
  }
  input.parameters = parameters;
  const body = op.requestBody;
  const media = body?.content.find((m) => m.mediaType === body.preferred) ?? body?.content[0];
  if (media && media.example !== undefined) {
    input.body = { mediaType: media.mediaType, value: media.example };
  }
  return input;
}
