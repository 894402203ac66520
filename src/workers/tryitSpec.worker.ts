/**
 * The spec worker every try-it panel on a page shares: fetches, parses and caches OpenAPI
 * documents off the main thread and answers each panel with its operation (structured clone).
 * Protocol: `{ id, source, selector }` in, `{ id, result }` out.
 */
import type { SpecSource } from "./tryit/specService";
import { makeSpecService } from "./tryit/specService";

const service = makeSpecService({
  async fetchText(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    return { status: response.status, text: await response.text() };
  },
  async parseYaml(text) {
    const { parse } = await import("yaml");
    return parse(text, { maxAliasCount: 10_000 }) as unknown;
  },
});

interface Ask {
  id: number;
  source: SpecSource;
  selector: string;
}

self.onmessage = async (event: MessageEvent<Ask>) => {
  const { id, source, selector } = event.data;
  const result = await service.operation(source, selector);
  self.postMessage({ id, result });
};
