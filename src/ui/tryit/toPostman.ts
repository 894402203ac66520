/**
 * A panel's request as a Postman v2.1 collection of one item, for "Open in Satchel" (the app
 * imports it through its import funnel). Built without the reader's credentials: a link must not
 * carry secrets.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import type { HttpRequest } from "../../core/http/transport";

const SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

function body(request: HttpRequest): Record<string, unknown> | undefined {
  const b = request.body;
  if (!b) return undefined;
  switch (b.kind) {
    case "text": {
      const json = request.headers.some(
        ([k, v]) => k.toLowerCase() === "content-type" && /json/i.test(v),
      );
      return {
        mode: "raw",
        raw: b.text,
        ...(json ? { options: { raw: { language: "json" } } } : {}),
      };
    }
    case "urlencoded":
      return { mode: "urlencoded", urlencoded: b.fields.map(([key, value]) => ({ key, value })) };
    case "multipart":
      return {
        mode: "formdata",
        formdata: b.fields.map((f) =>
          f.type === "text"
            ? { key: f.name, value: f.value, type: "text" }
            : { key: f.name, type: "file", src: f.fileName ?? "" },
        ),
      };
    case "file":
      return { mode: "file", file: { src: b.fileName ?? "" } };
  }
}

/** The collection for `request`, named `name`. */
export function toPostmanCollection(name: string, request: HttpRequest): Record<string, unknown> {
  const postmanBody = body(request);
  return {
    info: { name, schema: SCHEMA },
    item: [
      {
        name,
        request: {
          method: request.method,
          header: request.headers.map(([key, value]) => ({ key, value })),
          url: request.url,
          ...(postmanBody ? { body: postmanBody } : {}),
        },
      },
    ],
  };
}

/** The "Open in Satchel" URL: `${appUrl}#import=<fragment>` (the fragment code loads on demand). */
export async function openInSatchelUrl(
  appUrl: string,
  name: string,
  request: HttpRequest,
): Promise<string> {
  const { encodeShareFragment } = await import("../../core/share/fragment");
  const base = appUrl.split("#")[0] ?? appUrl;
  return `${base}#import=${await encodeShareFragment(toPostmanCollection(name, request))}`;
}
