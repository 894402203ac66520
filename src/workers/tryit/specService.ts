/**
 * The try-it spec service: fetches and parses OpenAPI documents (JSON, or YAML through a parser
 * loaded only when a document is YAML), keeps each opened document by URL or by inline text, and
 * answers a panel with the one operation it shows, as plain data. Runs inside the shared spec
 * worker (../tryitSpec.worker.ts); tests call it directly.
 */
import { conversionFailure } from "../../core/import/openapi/convert";
import type { Result } from "../../core/result";
import { err } from "../../core/result";
import type { OpenedDocument } from "../../core/tryit/document";
import { openDocument } from "../../core/tryit/document";
import { findInDocument } from "../../core/tryit/findOperation";
import type { TryItOperation } from "../../core/tryit/types";

/** Where a panel's spec comes from: an absolute URL, or inline JSON/YAML text. */
export type SpecSource = { url: string } | { text: string };

/** What the service reads from its surroundings (the worker passes fetch and `yaml`). */
export interface SpecServiceDeps {
  /** The text at `url`; rejects on a network failure, resolves with status for an HTTP error. */
  fetchText(url: string): Promise<{ status: number; text: string }>;
  /** Parses YAML text (loaded lazily by the worker). */
  parseYaml(text: string): Promise<unknown>;
}

/** The spec service: one opened document per source, parsed once. */
export interface SpecService {
  /** The operation `selector` names (operationId or "GET /path") in the document of `source`. */
  operation(source: SpecSource, selector: string): Promise<Result<TryItOperation>>;
  /** How many documents were parsed so far (a cache check for tests and benchmarks). */
  parses(): number;
}

const keyOf = (source: SpecSource) =>
  "url" in source ? `url:${source.url}` : `text:${source.text}`;

/** Parses JSON when the text looks like JSON, else YAML (YAML is a superset of JSON anyway). */
async function parseText(text: string, deps: SpecServiceDeps): Promise<Result<unknown>> {
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith("{")) return { ok: true, value: JSON.parse(trimmed) as unknown };
    return { ok: true, value: await deps.parseYaml(text) };
  } catch (e) {
    return err({
      code: "INVALID_SPEC",
      message: `The spec is neither valid JSON nor valid YAML: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/** Makes the service over `deps`. */
export function makeSpecService(deps: SpecServiceDeps): SpecService {
  const documents = new Map<string, Promise<Result<OpenedDocument>>>();
  let parsed = 0;

  async function load(source: SpecSource): Promise<Result<OpenedDocument>> {
    let text: string;
    if ("url" in source) {
      try {
        const answer = await deps.fetchText(source.url);
        if (answer.status < 200 || answer.status > 299) {
          return err({
            code: "SPEC_FETCH_FAILED",
            message: `The spec at ${source.url} could not be loaded: the server answered ${answer.status}.`,
          });
        }
        text = answer.text;
      } catch (e) {
        return err({
          code: "SPEC_FETCH_FAILED",
          message: `The spec at ${source.url} could not be loaded (${e instanceof Error ? e.message : String(e)}). The server may be down, or may not allow this page's origin (CORS).`,
        });
      }
    } else {
      text = source.text;
    }
    const doc = await parseText(text, deps);
    parsed++;
    if (!doc.ok) return doc;
    try {
      return openDocument(doc.value);
    } catch (e) {
      return conversionFailure(e);
    }
  }

  return {
    async operation(source, selector) {
      const key = keyOf(source);
      let opened = documents.get(key);
      if (!opened) {
        opened = load(source);
        documents.set(key, opened);
      }
      const result = await opened;
      // A failed fetch may succeed later: do not keep it.
      if (!result.ok && result.error.code === "SPEC_FETCH_FAILED") documents.delete(key);
      if (!result.ok) return result;
      try {
        return findInDocument(result.value, selector);
      } catch (e) {
        return conversionFailure(e);
      }
    },
    parses: () => parsed,
  };
}
