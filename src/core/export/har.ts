/**
 * History entries → a HAR 1.2 document with the request and response parts we keep.
 * Header values are as stored (templates unresolved); the URL is the resolved one that was sent.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
import { RAW_CONTENT_TYPES } from "../http/body";
import { parseQuery } from "../http/url";
import type { Body, HistoryEntry, KeyValue } from "../model";

type Out = Record<string, unknown>;

const nameValue = (rows: readonly KeyValue[]) =>
  rows.filter((r) => r.enabled).map((r) => ({ name: r.key, value: r.value }));

const headerOf = (rows: readonly KeyValue[], name: string) =>
  rows.find((r) => r.enabled && r.key.toLowerCase() === name)?.value;

const formEncode = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");

/** The body as HAR postData; undefined when there is none. */
function postData(body: Body, contentType: string | undefined): Out | undefined {
  if (body.disabled) return undefined;
  switch (body.mode) {
    case "raw":
      return { mimeType: contentType ?? RAW_CONTENT_TYPES[body.language], text: body.raw };
    case "urlencoded": {
      const params = nameValue(body.urlencoded);
      const text = params.map((p) => `${formEncode(p.name)}=${formEncode(p.value)}`).join("&");
      return { mimeType: "application/x-www-form-urlencoded", params, text };
    }
    case "formdata":
      return {
        mimeType: contentType ?? "multipart/form-data",
        params: body.formdata
          .filter((f) => f.enabled)
          .map((f) =>
            f.type === "file"
              ? { name: f.key, fileName: f.fileName ?? "", contentType: f.contentType ?? "" }
              : { name: f.key, value: f.value },
          ),
      };
    case "graphql": {
      const text = JSON.stringify({ query: body.graphql.query, variables: body.graphql.variables });
      return { mimeType: "application/json", text };
    }
    case "file":
      return {
        mimeType: body.file?.contentType ?? contentType ?? "application/octet-stream",
        text: "",
      };
    case "none":
      return undefined;
  }
}

function response(e: HistoryEntry): Out {
  const r = e.response;
  const headers = (r?.headers ?? []).map(([name, value]) => ({ name, value }));
  const mime = headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
  const out: Out = {
    status: r?.status ?? 0,
    statusText: r?.statusText ?? "",
    httpVersion: "HTTP/1.1",
    cookies: [],
    headers,
    content: { size: r?.sizeBytes ?? 0, mimeType: mime, text: e.responseBody ?? "" },
    redirectURL: "",
    headersSize: -1,
    bodySize: r?.sizeBytes ?? -1,
  };
  if (e.error) out._error = e.error.message;
  return out;
}

function entry(e: HistoryEntry): Out {
  const req = e.request;
  const data = postData(req.body, headerOf(req.headers, "content-type"));
  const request: Out = {
    method: req.method,
    url: e.resolvedUrl,
    httpVersion: "HTTP/1.1",
    cookies: [],
    // What went on the wire when it was kept (auth applied, variables resolved), else the rows.
    headers: e.sentHeaders
      ? e.sentHeaders.map(([name, value]) => ({ name, value }))
      : nameValue(req.headers),
    queryString: parseQuery(e.resolvedUrl).map((p) => ({ name: p.key, value: p.value })),
    headersSize: -1,
    bodySize: -1,
  };
  if (data) request.postData = data;
  const time = e.response?.timeMs ?? 0;
  return {
    startedDateTime: new Date(Number.isFinite(e.sentAt) ? e.sentAt : 0).toISOString(),
    time,
    request,
    response: response(e),
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
  };
}

/** A HAR 1.2 log of `entries` (a plain object; JSON.stringify it to save). */
export function historyToHar(entries: readonly HistoryEntry[]): Out {
  return {
    log: {
      version: "1.2",
      creator: { name: "Satchel", version: "0.1.0" },
      entries: entries.map(entry),
    },
  };
}
