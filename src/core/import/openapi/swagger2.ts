/**
 * Swagger 2.0 operations seen through 3.x shapes, so one converter handles both: `body` and
 * `formData` parameters become a `requestBody`, `collectionFormat` becomes style/explode,
 * `x-example`/`default` become examples, and response `schema`/`examples` become `content`.
 * @see https://swagger.io/specification/v2/
 */
import type { Json, Resolver } from "./refs";
import { isObj } from "./refs";

const FORMATS: Record<string, { style: string; explode: boolean }> = {
  csv: { style: "form", explode: false },
  ssv: { style: "spaceDelimited", explode: false },
  pipes: { style: "pipeDelimited", explode: false },
  tsv: { style: "pipeDelimited", explode: false },
  multi: { style: "form", explode: true },
};

const list = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** A 2.0 non-body parameter as a 3.x parameter with a schema. */
function upgradeParam(p: Json): Json {
  const { name, in: location, description, required, collectionFormat } = p;
  const schema: Json = { ...p };
  const fmt = FORMATS[String(collectionFormat ?? "csv")] ?? FORMATS.csv;
  const style = location === "path" || location === "header" ? "simple" : fmt?.style;
  const example = p["x-example"];
  return {
    name,
    in: location,
    description,
    required,
    schema,
    ...(p.type === "array" ? { style, explode: fmt?.explode ?? false } : {}),
    ...(example !== undefined ? { example } : {}),
  };
}

/** The 3.x-shaped parameters, requestBody and responses of a 2.0 operation. */
export function upgradeOperation(
  params: Json[],
  op: Json,
  doc: Json,
  resolver: Resolver,
): { parameters: Json[]; requestBody?: Json; responses: Json } {
  const consumes = list(op.consumes ?? doc.consumes);
  const produces = list(op.produces ?? doc.produces);
  const parameters: Json[] = [];
  const formProps: Json = {};
  let requestBody: Json | undefined;
  let hasFile = false;
  for (const p of params) {
    if (p.in === "body") {
      const types = consumes.length ? consumes : ["application/json"];
      const media: Json = { schema: p.schema };
      if (p["x-example"] !== undefined) media.example = p["x-example"];
      requestBody = { content: Object.fromEntries(types.map((t) => [t, media])) };
    } else if (p.in === "formData") {
      if (p.type === "file") hasFile = true;
      formProps[String(p.name)] = p.type === "file" ? { type: "string", format: "binary" } : p;
    } else parameters.push(upgradeParam(p));
  }
  if (Object.keys(formProps).length) {
    const multipart = hasFile || consumes.some((c) => /multipart/i.test(c));
    const type = multipart ? "multipart/form-data" : "application/x-www-form-urlencoded";
    requestBody = { content: { [type]: { schema: { type: "object", properties: formProps } } } };
  }
  const responses: Json = {};
  for (const [code, node] of Object.entries(isObj(op.responses) ? op.responses : {})) {
    const r = resolver.deref(node);
    if (!r) continue;
    const examples = isObj(r.examples) ? r.examples : {};
    const types = [
      ...new Set([
        ...Object.keys(examples),
        ...(r.schema ? (produces.length ? produces : ["application/json"]) : []),
      ]),
    ];
    const content = Object.fromEntries(
      types.map((t) => [
        t,
        { schema: r.schema, ...(t in examples ? { example: examples[t] } : {}) },
      ]),
    );
    responses[code] = { description: r.description, content };
  }
  return { parameters, requestBody, responses };
}
