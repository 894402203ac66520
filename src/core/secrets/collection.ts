/**
 * The secrets policy over collections, environments and globals, as every export uses it:
 * variables, auth, headers, query parameters (URL text and Params rows), urlencoded and
 * form-data fields, saved examples and their original requests, and secret-named fields kept
 * from an import (a certificate's passphrase). Raw and GraphQL bodies and scripts are left as
 * written.
 */
import type {
  Auth,
  Body,
  Collection,
  Environment,
  Example,
  Extra,
  Folder,
  Globals,
  Request,
} from "../model";
import type { BlankSink } from "./parts";
import { blankAuth, blankExtra, blankRows, blankUrl, blankVariables, holdsValue } from "./parts";
import { isSecretHeader, isSecretName } from "./names";
import type { BlankedValue, Blanking } from "./report";
import { makeBlankedList, quoted } from "./report";

/** A collection and everything under it (the shape exports take). */
export interface SecretsTree {
  collection: Collection;
  folders: readonly Folder[];
  requests: readonly Request[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

type Add = (owner: string, b: BlankedValue) => void;

/** A sink that records into `add` for `owner`, placed at `where`. */
function sinkFor(add: Add, owner: string, where: string | undefined): BlankSink {
  return (b) => add(owner, where === undefined ? b : { ...b, where });
}

/** A body with its secret urlencoded and text form-data fields blanked. */
export function blankBody(body: Body, sink: BlankSink): Body {
  return {
    ...body,
    urlencoded: blankRows(body.urlencoded, "form field", sink),
    formdata: blankRows(body.formdata, "form field", sink),
  };
}

/** Rows of a Postman JSON document (unvalidated) with secret-named values blanked. */
function blankJsonRows(
  rows: unknown,
  kind: "header" | "query parameter" | "form field",
  sink: BlankSink,
) {
  if (!Array.isArray(rows)) return rows;
  const secret = kind === "header" ? isSecretHeader : isSecretName;
  return rows.map((r: unknown) => {
    if (!isObject(r) || typeof r.key !== "string" || r.type === "file") return r;
    if (!secret(r.key) || !holdsValue(r.value)) return r;
    sink({ kind, name: r.key });
    return { ...r, value: "" };
  });
}

/** An example's original request (a Postman request object kept as imported), blanked. */
function blankPostmanRequest(req: Extra, sink: BlankSink): Extra {
  const out: Extra = { ...req };
  if (typeof out.url === "string") out.url = blankUrl(out.url, sink);
  else if (isObject(out.url)) {
    const url: Json = { ...out.url };
    if (typeof url.raw === "string") url.raw = blankUrl(url.raw, sink);
    if ("query" in url) url.query = blankJsonRows(url.query, "query parameter", sink);
    out.url = url;
  }
  if ("header" in out) out.header = blankJsonRows(out.header, "header", sink);
  if (isObject(out.body)) {
    const body: Json = { ...out.body };
    for (const mode of ["urlencoded", "formdata"]) {
      if (mode in body) body[mode] = blankJsonRows(body[mode], "form field", sink);
    }
    out.body = body;
  }
  const auth = out.auth;
  if (isObject(auth) && typeof auth.type === "string" && Array.isArray(auth[auth.type])) {
    const attrs = (auth[auth.type] as unknown[]).filter(
      (a): a is Auth["attributes"][number] => isObject(a) && typeof a.key === "string",
    );
    const blanked = blankAuth({ type: auth.type as Auth["type"], attributes: attrs }, sink);
    out.auth = { ...auth, [auth.type]: blanked.attributes };
  }
  return out;
}

function blankExample(ex: Example, sink: BlankSink): Example {
  const out: Example = { ...ex, headers: blankRows(ex.headers, "response header", sink) };
  if (ex.originalRequest) {
    out.originalRequest = blankExtra(blankPostmanRequest(ex.originalRequest, sink), sink);
  }
  return out;
}

/** An entity with the secret-named fields of its kept import `extra` blanked. */
function withExtra<T extends { extra?: Extra }>(o: T, sink: BlankSink): T {
  return o.extra ? { ...o, extra: blankExtra(o.extra, sink) } : o;
}

/**
 * A request with its secrets blanked: URL query and userinfo, Params rows, headers, form
 * fields, auth, variables, and saved examples (each reported as its own place).
 */
function blankRequest(r: Request, add: Add): Request {
  const sink = sinkFor(add, r.id, quoted(r.name));
  return {
    ...withExtra(r, sink),
    url: blankUrl(r.url, sink),
    params: blankRows(r.params, "query parameter", sink),
    headers: blankRows(r.headers, "header", sink),
    body: blankBody(r.body, sink),
    auth: blankAuth(r.auth, sink),
    variables: blankVariables(r.variables, sink),
    examples: r.examples.map((ex) =>
      blankExample(ex, sinkFor(add, ex.id, `example ${quoted(ex.name)} of ${quoted(r.name)}`)),
    ),
  };
}

/** A collection tree with every secret blanked at every level (the input is not changed). */
export function blankCollectionTree<T extends SecretsTree>(tree: T): Blanking<T> {
  const { add, list } = makeBlankedList();
  const c = tree.collection;
  const top = sinkFor(add, c.id, undefined);
  const collection: Collection = {
    ...withExtra(c, top),
    variables: blankVariables(c.variables, top),
    auth: blankAuth(c.auth, top),
  };
  const folders = tree.folders.map((f): Folder => {
    const sink = sinkFor(add, f.id, `folder ${quoted(f.name)}`);
    const auth = blankAuth(f.auth, sink);
    return { ...withExtra(f, sink), variables: blankVariables(f.variables, sink), auth };
  });
  const requests = tree.requests.map((r) => blankRequest(r, add));
  return { value: { ...tree, collection, folders, requests }, blanked: list };
}

/** An environment with its secret variables blanked. */
export function blankEnvironment(env: Environment): Blanking<Environment> {
  const { add, list } = makeBlankedList();
  const sink = sinkFor(add, env.id, undefined);
  const variables = blankVariables(env.variables, sink);
  return { value: { ...withExtra(env, sink), variables }, blanked: list };
}

/** Globals with their secret variables blanked. */
export function blankGlobals(globals: Globals): Blanking<Globals> {
  const { add, list } = makeBlankedList();
  const variables = blankVariables(globals.variables, sinkFor(add, globals.id, undefined));
  return { value: { ...globals, variables }, blanked: list };
}
