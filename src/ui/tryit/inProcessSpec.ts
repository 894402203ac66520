/**
 * The spec service in the page's own thread, for hosts without Worker (jsdom in tests). Loaded
 * on demand only there: a real page always uses the shared worker.
 */
import type { SpecService } from "../../workers/tryit/specService";
import { makeSpecService } from "../../workers/tryit/specService";

/** The spec service over the page's fetch and a lazily loaded YAML parser. */
export function makeInProcessSpecService(): SpecService {
  return makeSpecService({
    async fetchText(url) {
      const response = await fetch(url, { credentials: "same-origin" });
      return { status: response.status, text: await response.text() };
    },
    async parseYaml(text) {
      const { parse } = await import("yaml");
      return parse(text) as unknown;
    },
  });
}
