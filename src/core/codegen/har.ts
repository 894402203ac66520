/**
 * An HttpRequest as a HAR 1.2 request object, the input of code-snippet generators.
 * @see http://www.softwareishard.com/blog/har-12-spec/#request
 */
import { headerValue } from "../http/headers";
import type { HttpRequest } from "../http/transport";

/** The HAR request fields the generators read. */
export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  headers: { name: string; value: string }[];
  queryString: { name: string; value: string }[];
  cookies: { name: string; value: string }[];
  headersSize: number;
  bodySize: number;
  postData?: {
    mimeType: string;
    text?: string;
    params?: { name: string; value?: string; fileName?: string; contentType?: string }[];
  };
}

function postData(http: HttpRequest): HarRequest["postData"] {
  const body = http.body;
  const type = headerValue(http.headers, "content-type");
  if (!body) return undefined;
  switch (body.kind) {
    case "text":
      return { mimeType: type ?? "text/plain", text: body.text };
    case "urlencoded":
      return {
        mimeType: "application/x-www-form-urlencoded",
        params: body.fields.map(([name, value]) => ({ name, value })),
      };
    case "multipart":
      return {
        mimeType: "multipart/form-data",
        params: body.fields.map((f) =>
          f.type === "text"
            ? { name: f.name, value: f.value }
            : {
                name: f.name,
                fileName: f.fileName ?? "file",
                ...(f.contentType ? { contentType: f.contentType } : {}),
              },
        ),
      };
    case "file":
      return { mimeType: body.contentType ?? type ?? "application/octet-stream", text: "" };
  }
}

/** The request as HAR (query left in the URL; the generators read it from there). */
export function toHarRequest(http: HttpRequest): HarRequest {
  const data = postData(http);
  // Multipart generators write their own Content-Type with a boundary.
  const headers = http.headers
    .filter(
      ([k]) => !(data?.mimeType === "multipart/form-data" && k.toLowerCase() === "content-type"),
    )
    .map(([name, value]) => ({ name, value }));
  return {
    method: http.method,
    url: http.url,
    httpVersion: "HTTP/1.1",
    headers,
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    ...(data ? { postData: data } : {}),
  };
}
