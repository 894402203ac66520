/** Responses → saved examples: status, description as name, and an example body. */
import type { Deps } from "../../factory";
import type { Example } from "../../model";
import { mediaExample, pickMediaType } from "./body";
import type { ExampleMaker } from "./schemaExample";
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";
import { statusText } from "../../http/format";

/** "404" → 404, "2XX" → 200, "default" → 0. */
const statusOf = (code: string) =>
  /^\d{3}$/.test(code) ? Number(code) : /^[1-5]XX$/i.test(code) ? Number(code[0]) * 100 : 0;

/** The saved examples of an operation's `responses` map (3.x shape). */
export function buildExamples(
  responses: unknown,
  deps: Deps,
  resolver: Resolver,
  maker: ExampleMaker,
): Example[] {
  if (!isObj(responses)) return [];
  const out: Example[] = [];
  for (const [code, node] of Object.entries(responses)) {
    const response = resolver.deref(node);
    if (!response) continue;
    const status = statusOf(code);
    const content: Json = isObj(response.content) ? response.content : {};
    const mediaType = pickMediaType(content);
    const media = mediaType ? resolver.deref(content[mediaType]) : undefined;
    const value = media ? mediaExample(media, resolver, maker) : undefined;
    const body = value === undefined ? "" : typeof value === "string" ? value : maker.json(value);
    out.push({
      id: deps.random.uuid(),
      name:
        typeof response.description === "string" && response.description
          ? response.description
          : code,
      status,
      statusText: statusText(status),
      headers: mediaType ? [{ key: "Content-Type", value: mediaType, enabled: true }] : [],
      body,
    });
  }
  return out;
}
