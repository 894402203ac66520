/**
 * Search state for the body view: the query and its options, a debounced search in the worker,
 * the results, and which match is current.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, onCleanup } from "solid-js";
import type { FormatClient, SearchResult, ViewMode } from "../../../workers/format/types";

const DEBOUNCE_MS = 200;

/** What the search bar and the line view share. */
export interface ResponseSearch {
  query: Accessor<string>;
  setQuery: (q: string) => void;
  caseSensitive: Accessor<boolean>;
  setCaseSensitive: (v: boolean) => void;
  regex: Accessor<boolean>;
  setRegex: (v: boolean) => void;
  result: Accessor<SearchResult | undefined>;
  error: Accessor<string | undefined>;
  /** Index into result().matches, or -1. */
  current: Accessor<number>;
  next: () => void;
  previous: () => void;
}

/** Searches `id()` in `mode()` whenever the query, its options or the document change. */
export function createResponseSearch(
  client: Accessor<FormatClient>,
  id: Accessor<string>,
  mode: Accessor<ViewMode | undefined>,
  ready: Accessor<boolean>,
): ResponseSearch {
  const [query, setQuery] = createSignal("");
  const [caseSensitive, setCaseSensitive] = createSignal(false);
  const [regex, setRegex] = createSignal(false);
  const [result, setResult] = createSignal<SearchResult>();
  const [error, setError] = createSignal<string>();
  const [current, setCurrent] = createSignal(-1);

  createEffect(() => {
    const q = query();
    const m = mode();
    const opts = { caseSensitive: caseSensitive(), regex: regex() };
    const docId = id();
    if (!ready() || m === undefined || q === "") {
      setResult(undefined);
      setError(undefined);
      setCurrent(-1);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void client()
        .search(docId, q, m, opts)
        .then((r) => {
          if (!live) return;
          setError(r.ok ? undefined : r.error.message);
          setResult(r.ok ? r.value : undefined);
          setCurrent(r.ok && r.value.total > 0 ? 0 : -1);
        });
    }, DEBOUNCE_MS);
    onCleanup(() => {
      live = false;
      clearTimeout(timer);
    });
  });

  const step = (delta: number) => {
    const n = result()?.matches.length ?? 0;
    if (n > 0) setCurrent((c) => (((c + delta) % n) + n) % n);
  };
  return {
    query,
    setQuery,
    caseSensitive,
    setCaseSensitive,
    regex,
    setRegex,
    result,
    error,
    current,
    next: () => step(1),
    previous: () => step(-1),
  };
}
