/**
 * The "Open in Satchel" href: the app URL plus `#import=<fragment>` of the request (without
 * credentials), recomputed a moment after the reader stops typing, when idle, and at once when
 * the reader points at or focuses the link.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, on, onCleanup } from "solid-js";
import type { HttpRequest } from "../../core/http/transport";
import type { Result } from "../../core/result";

/** What the link needs. */
export interface OpenLinkOptions {
  appUrl: string;
  name: () => string;
  build: () => Promise<Result<HttpRequest>>;
  version: Accessor<number>;
}

const DEBOUNCE_MS = 400;

/** The link's href (the bare app URL until the fragment is ready) and a way to hurry it. */
export function createOpenLink(opts: OpenLinkOptions) {
  const [href, setHref] = createSignal(opts.appUrl);
  let done = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    const version = opts.version();
    if (done === version) return;
    done = version;
    const built = await opts.build();
    if (!built.ok) return;
    const { openInSatchelUrl } = await import("./toPostman");
    const url = await openInSatchelUrl(opts.appUrl, opts.name(), built.value);
    if (opts.version() === version) setHref(url);
  };
  createEffect(
    on(opts.version, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
    }),
  );
  onCleanup(() => clearTimeout(timer));
  return { href, refresh: () => void refresh() };
}
