/**
 * HttpRequest → fetch `RequestInit`: drops the headers a browser refuses to send (reported as a
 * warning), builds text / urlencoded / multipart / file bodies, and rejects what fetch cannot send.
 */
import { forbiddenHeaders, isForbiddenHeader } from "../../core/http/headers";
import type { HttpBody, HttpRequest, SendError } from "../../core/http/transport";
import { layoutParts, missingFile } from "./layoutParts";
import type { FileResolver } from "./layoutParts";

export type { FileResolver };

/** A ready fetch init, what was left out, and the Content-Type the body will carry. */
export interface BuiltInit {
  init: RequestInit;
  warnings: SendError[];
  /** Content-Type the request goes out with (explicit or implied by the body), if any. */
  contentType?: string;
}

type Built = { ok: true; value: BuiltInit } | { ok: false; error: SendError };

async function fileBlob(
  part: { fileId?: string; contentType?: string },
  resolve: FileResolver | undefined,
): Promise<Blob | undefined> {
  const blob = part.fileId && resolve ? await resolve(part.fileId) : undefined;
  if (!blob) return undefined;
  return part.contentType && !blob.type ? new Blob([blob], { type: part.contentType }) : blob;
}

/** The fetch body for `body`, and the Content-Type it implies; undefined when a file is missing. */
async function buildBody(
  body: HttpBody,
  resolve: FileResolver | undefined,
): Promise<{ body: BodyInit; contentType?: string; ownType?: boolean } | { error: SendError }> {
  switch (body.kind) {
    case "text":
      return { body: body.text, contentType: "text/plain;charset=UTF-8" };
    case "urlencoded":
      return {
        body: new URLSearchParams(body.fields),
        contentType: "application/x-www-form-urlencoded;charset=UTF-8",
      };
    case "multipart": {
      if (body.fields.some((f) => f.type === "text" && f.contentType)) {
        // FormData cannot give a text part its own Content-Type: lay the body out ourselves.
        const laid = await layoutParts(body, resolve);
        if ("code" in laid) return { error: laid };
        // The boundary is ours, so the Content-Type must be too (a typed one would not match).
        return { body: new Blob(laid.parts), contentType: laid.contentType, ownType: true };
      }
      const form = new FormData();
      for (const field of body.fields) {
        if (field.type === "text") {
          form.append(field.name, field.value);
          continue;
        }
        const blob = await fileBlob(field, resolve);
        if (!blob) return { error: missingFile(field.fileName) };
        form.append(field.name, blob, field.fileName ?? "file");
      }
      return { body: form, contentType: "multipart/form-data" };
    }
    case "file": {
      const blob = await fileBlob(body, resolve);
      if (!blob) return { error: missingFile(body.fileName) };
      return blob.type ? { body: blob, contentType: blob.type } : { body: blob };
    }
  }
}

/** Build the fetch init for `req` (no signal yet). Never throws. */
export async function buildInit(req: HttpRequest, resolveFile?: FileResolver): Promise<Built> {
  const method = req.method.toUpperCase();
  const warnings: SendError[] = [];
  const dropped = forbiddenHeaders(req.headers);
  if (dropped.length > 0) {
    warnings.push({
      code: "FORBIDDEN_HEADER",
      message: `The browser does not let a page set ${dropped.join(", ")}; ${dropped.length > 1 ? "they were" : "it was"} not sent.`,
      hint: "The local agent or `satchel run` can send any header.",
      headers: dropped,
    });
  }
  let body: HttpBody | undefined = req.body;
  if (body && (method === "GET" || method === "HEAD")) {
    warnings.push({
      code: "BODY_NOT_SENT",
      message: `Browsers cannot send a body with ${method}; the request was sent without it.`,
      hint: "Use the local agent or `satchel run` to send it, or switch the body to none.",
    });
    body = undefined;
  }
  const headers = new Headers();
  let contentType: string | undefined;
  for (const [name, value] of req.headers) {
    if (isForbiddenHeader(name)) continue;
    const lower = name.trim().toLowerCase();
    // A hand-written multipart type without a boundary would break the body; the browser adds one.
    if (lower === "content-type" && body?.kind === "multipart" && !/boundary=/i.test(value)) {
      continue;
    }
    try {
      headers.append(name.trim(), value);
    } catch {
      return {
        ok: false,
        error: {
          code: "NETWORK",
          message: `The header "${name}" has a name or value the browser cannot send.`,
          hint: "Header names are letters, digits and -; values cannot contain line breaks.",
        },
      };
    }
    if (lower === "content-type") contentType ??= value;
  }
  const init: RequestInit = { method, headers, redirect: "follow" };
  if (body) {
    const built = await buildBody(body, resolveFile);
    if ("error" in built) return { ok: false, error: built.error };
    init.body = built.body;
    if (built.ownType && built.contentType) {
      headers.set("Content-Type", built.contentType);
      contentType = built.contentType;
    }
    contentType ??= built.contentType;
  }
  const value: BuiltInit = { init, warnings };
  if (contentType !== undefined) value.contentType = contentType;
  return { ok: true, value };
}
