/**
 * Where an import comes from when it is not pasted: a chosen or dropped file (left for the import
 * worker to read), several (a spec and the files its `$ref`s name), or a URL fetched through the
 * app's Transport. Each gives the source, a name hint for format detection, and for several
 * files or a URL a `RefSource` that loads referenced documents relative to it.
 */
import type { Transport } from "../../../core/http/transport";
import { detect } from "../../../core/import/detect";
import type { RefSource } from "../../../core/import/openapi/external";
import type { Result } from "../../../core/result";
import { err, ok } from "../../../core/result";
import { readText } from "../../files/readText";

/** A loaded import source: what to import, its name hint, and how to follow its refs. */
export interface LoadedSource {
  /**
   * The text to import, or a single chosen file left unread: the import worker reads it, so a
   * big file is neither decoded on the main thread nor copied to the worker as a string.
   */
  source: string | Blob;
  /** The file name or URL (it helps detect the format), or "" for pasted text. */
  name: string;
  refs?: RefSource;
}

/** A file's path as chosen: its folder-relative path when a folder was picked, else its name. */
export const pathOf = (file: File): string => file.webkitRelativePath || file.name;

const SPEC_NAME = /(^|\/)(openapi|swagger)\.[^/]*$/i;
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/**
 * The file to import among several: one named openapi.* or swagger.*, else the first whose
 * text is a format we import, else the first (so its error shows).
 */
export function pickRoot(files: readonly File[], texts: readonly string[]): number {
  const named = files.findIndex((f) => SPEC_NAME.test(pathOf(f)));
  if (named >= 0) return named;
  const detected = texts.findIndex((t, i) => detect(t, files[i]?.name).ok);
  return Math.max(0, detected);
}

/**
 * Finds the file a resolved `location` names: the same path, else the only file whose path
 * ends with it (or it with the file's), else the only one with its base name.
 */
export function findSibling(files: readonly File[], location: string): File | undefined {
  const want = location.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  const exact = files.find((f) => pathOf(f) === want);
  if (exact) return exact;
  const unique = (list: File[]) => (list.length === 1 ? list[0] : undefined);
  const suffix = unique(
    files.filter((f) => want.endsWith(`/${pathOf(f)}`) || pathOf(f).endsWith(`/${want}`)),
  );
  return suffix ?? unique(files.filter((f) => f.name === baseName(want)));
}

/**
 * A single file as it is (the import worker reads it); of several, reads them all: the root is
 * imported, the others are what its refs load.
 */
export async function loadFiles(files: readonly File[]): Promise<Result<LoadedSource>> {
  const only = files.length === 1 ? files[0] : undefined;
  if (only) return ok({ source: only, name: only.name });
  let texts: string[];
  try {
    texts = await Promise.all(files.map(readText));
  } catch {
    const names = files.map((f) => f.name).join(", ");
    return err({ code: "READ_FAILED", message: `Couldn't read ${names || "the file"}.` });
  }
  const index = pickRoot(files, texts);
  const root = files[index];
  const text = texts[index];
  if (!root || text === undefined) return err({ code: "EMPTY_INPUT", message: "No file chosen." });
  const refs: RefSource = {
    base: pathOf(root),
    load: (location) => {
      const file = findSibling(files, location);
      const at = file ? files.indexOf(file) : -1;
      const found = texts[at];
      if (found !== undefined) return Promise.resolve(found);
      return Promise.reject(new Error(`${location} was not among the chosen files.`));
    },
  };
  return ok({ source: text, name: root.name, refs });
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * GETs `url` through `transport`; a failure carries the transport's explanation. With
 * `sameOrigin`, an answer redirected to another origin is refused (the user allowed `url`'s).
 */
async function fetchText(
  transport: Transport,
  url: string,
  sameOrigin = false,
): Promise<Result<string>> {
  const sent = await transport.send({ method: "GET", url, headers: [] });
  if (!sent.ok) {
    const { code, message, hint } = sent.error;
    return err({ code, message, ...(hint ? { hint } : {}) });
  }
  const { status, statusText, body, redirected } = sent.response;
  if (sameOrigin && redirected && originOf(sent.response.url) !== originOf(url)) {
    return err({
      code: "REDIRECTED",
      message: `${url} redirected to another origin (${sent.response.url}), which was not allowed.`,
    });
  }
  if (status < 200 || status > 299) {
    return err({
      code: "HTTP_STATUS",
      message: `${url} answered ${status}${statusText ? ` ${statusText}` : ""}.`,
    });
  }
  return ok(new TextDecoder().decode(body));
}

/**
 * Fetches a document from `url`; its refs load relative to the URL through the same transport
 * (each once), but only those the user allowed (the import worker asks `load` for nothing else: see
 * core/import/openapi/refConsent.ts).
 */
export async function loadUrl(transport: Transport, url: string): Promise<Result<LoadedSource>> {
  const root = await fetchText(transport, url);
  if (!root.ok) return root;
  // Each allowed document is fetched once, however often the preview is recomputed.
  const fetched = new Map<string, string>();
  const refs: RefSource = {
    base: url,
    load: async (location) => {
      const href = new URL(location, url).href;
      const known = fetched.get(href);
      if (known !== undefined) return known;
      const r = await fetchText(transport, href, true);
      if (!r.ok) throw new Error(r.error.message);
      fetched.set(href, r.value);
      return r.value;
    },
  };
  return ok({ source: root.value, name: url, refs });
}
