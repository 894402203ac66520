/** A Request written back as a Postman v2.1 item: URL object, body, examples and settings. */
import { parsePostmanUrl } from "../http/postmanUrl";
import type { Body, Example, FormField, Request } from "../model";
import type { Out } from "./postmanParts";
import {
  auth,
  compact,
  description,
  events,
  implicitBlank,
  row,
  variableList,
  without,
} from "./postmanParts";

/**
 * `scheme://user:pass@host:port/path#hash` parts of a URL, cut as Postman cuts them
 * (../http/postmanUrl.ts), written beside `raw`. Newman builds the request from these parts, not
 * from `raw`, so they must say the same URL.
 */
function urlParts(raw: string): Out {
  const parts = parsePostmanUrl(raw);
  return compact({
    protocol: parts.protocol,
    auth: parts.auth,
    host: parts.host,
    port: parts.port,
    path: parts.path,
    hash: parts.hash,
  });
}

/** The URL object: raw text, derived parts, query and path variable rows. */
function url(r: Request): Out {
  const variables = r.pathVariables.filter((v) => !implicitBlank(v));
  return compact({
    raw: r.url,
    ...urlParts(r.url),
    query: r.params.length ? r.params.map(row) : undefined,
    variable: variables.length ? variables.map(row) : undefined,
    ...without(r.extra?.url as Out | undefined, []),
  });
}

function formField(f: FormField): Out {
  const out = row(f);
  out.type = f.type;
  if (f.type === "file") {
    const kept = f.extra ?? {};
    delete out.value;
    if ("value" in kept) out.value = kept.value;
    out.src = "src" in kept ? kept.src : f.fileName;
  }
  if (f.contentType !== undefined) out.contentType = f.contentType;
  return compact(out);
}

/** The body, or undefined when there is none. */
export function body(b: Body): Out | undefined {
  const extra = b.extra ?? {};
  const mode = b.mode === "none" ? (extra.mode as string | undefined) : b.mode;
  const out: Out = { ...without(extra, ["mode", "file", "graphqlVariables", "emptyObject"]) };
  if (mode) out.mode = mode;
  if (b.mode === "raw" || b.raw !== "") out.raw = b.raw;
  if (b.mode === "urlencoded" || b.urlencoded.length) out.urlencoded = b.urlencoded.map(row);
  if (b.mode === "formdata" || b.formdata.length) out.formdata = b.formdata.map(formField);
  if (b.mode === "file" || extra.file) {
    out.file = extra.file ?? (b.file?.fileName ? { src: b.file.fileName } : {});
  }
  if (b.mode === "graphql" || b.graphql.query !== "") {
    const variables = "graphqlVariables" in extra ? extra.graphqlVariables : b.graphql.variables;
    out.graphql = { query: b.graphql.query, variables };
  }
  if (b.mode === "raw" && b.language !== "text") {
    const options = (out.options ?? {}) as Out;
    out.options = { ...options, raw: { ...(options.raw as Out), language: b.language } };
  }
  if (b.disabled) out.disabled = true;
  return Object.keys(out).length || extra.emptyObject === true ? out : undefined;
}

function example(ex: Example): Out {
  return compact({
    ...without(ex.extra, ["postmanId"]),
    id: ex.extra?.postmanId,
    name: ex.name,
    originalRequest: ex.originalRequest,
    status: ex.statusText,
    code: ex.status,
    header: ex.headers.map(row),
    body: ex.body,
  });
}

/** protocolProfileBehavior as imported, with our followRedirects setting written into it. */
function behaviour(r: Request): Out | undefined {
  const ppb: Out = { ...r.settings.protocolProfileBehavior };
  if (r.settings.followRedirects !== undefined) ppb.followRedirects = r.settings.followRedirects;
  return Object.keys(ppb).length ? ppb : undefined;
}

/** A request item. */
export function requestItem(r: Request): Out {
  const x = r.extra ?? {};
  const plain =
    x.requestAsString === true && r.method === "GET" && !r.headers.length && !body(r.body);
  const request = plain
    ? r.url
    : compact({
        ...(x.request as Out | undefined),
        method: r.method,
        header: r.headers.map(row),
        body: body(r.body),
        url: url(r),
        auth: auth(r.auth, "inherit"),
        description:
          description(r.description, x.description) ?? (x.emptyDescription ? "" : undefined),
      });
  const keep = [
    ...["postmanId", "requestAsString", "request", "url", "itemDescription", "description"],
    "emptyDescription",
  ];
  return compact({
    ...without(x, keep),
    id: x.postmanId,
    name: r.name,
    // A request written as a bare URL string has no description of its own: it is the item's.
    description: plain ? description(r.description, x.description) : x.itemDescription,
    event: events(r.scripts),
    variable: variableList(r.variables),
    protocolProfileBehavior: behaviour(r),
    request,
    response: r.examples.length ? r.examples.map(example) : undefined,
  });
}
