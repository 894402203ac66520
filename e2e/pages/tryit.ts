// Page object: <satchel-try-it> panels on a docs page (the demo page, /try-it-demo.html, or a page
// a test serves itself), found by role and name as the contract names them
// (notes/briefs/tryit-contract.md); Playwright's role selectors pierce the open shadow roots.
import { expect, type Locator, type Page } from "@playwright/test";
import { APP_ORIGIN } from "../ports.mjs";

export { API, APP_ORIGIN } from "../ports.mjs";

/** The demo docs page `npm start` serves. */
export const DEMO = "/try-it-demo.html";

/** How many panels the demo page has (3 Petstore, 7 Demo API). */
export const DEMO_PANELS = 10;

/**
 * Counts `satchel-ready` events (they bubble out of the shadow root) from the first script on;
 * install with page.addInitScript before navigating, wait with {@link waitForReady}.
 */
export const READY_INIT = `
  window.__tryitReady = [];
  document.addEventListener("satchel-ready", (e) => {
    window.__tryitReady.push((e.detail && e.detail.operation) || "?");
  });
`;

/** Resolves once `count` panels said `satchel-ready` (waiting inside the page, not polling). */
export async function waitForReady(page: Page, count: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { __tryitReady: unknown[] }).__tryitReady.length >= n,
    count,
    { timeout },
  );
}

/**
 * A docs page on the app's origin (so `/try-it/…` and spec URLs resolve), served by the test to
 * every page of the context (an OAuth popup coming back to it too), with or without a query.
 * Chromium counts a fulfilled document as public, so requests from it to the loopback test API
 * need the local-network permission a reader would grant such a page.
 */
export async function servePage(page: Page, path: string, body: string): Promise<void> {
  const escaped = `${APP_ORIGIN}${path}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await page
    .context()
    .route(new RegExp(`^${escaped}(\\?.*)?$`), (route) =>
      route.fulfill({ body, contentType: "text/html; charset=utf-8" }),
    );
  await page.context().grantPermissions(["local-network-access"], { origin: APP_ORIGIN });
}

/** The HTML of a minimal docs page holding `panels` (markup) and the element's module. */
export function docsPage(panels: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title></head>
<body><main>${panels}</main>
<script type="module" src="/try-it/satchel-try-it.js"></script></body></html>`;
}

/** One panel, the region named "Try <METHOD> <path>". */
export class TryItPanel {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    operation: string,
    nth = 0,
  ) {
    this.root = page.getByRole("region", { name: `Try ${operation}`, exact: true }).nth(nth);
  }

  /** A scalar or JSON parameter / form field's textbox, named exactly by the parameter. */
  field(name: string): Locator {
    return this.root.getByRole("textbox", { name, exact: true });
  }

  /** An enum parameter's select. */
  choice(name: string): Locator {
    return this.root.getByRole("combobox", { name, exact: true });
  }

  /** A file field's input (a file input's role is "button"). */
  files(name: string): Locator {
    return this.root.getByRole("button", { name, exact: true });
  }

  body(): Locator {
    return this.root.getByRole("textbox", { name: "Request body", exact: true });
  }

  status(): Locator {
    return this.root.getByRole("status");
  }

  responseBody(): Locator {
    return this.root.getByRole("region", { name: "Response body", exact: true });
  }

  /** Clicks Send and waits until the request is no longer in flight (the button reads Send). */
  async send(): Promise<void> {
    await this.root.getByRole("button", { name: "Send", exact: true }).click();
    await expect(this.root.getByRole("button", { name: "Send", exact: true })).toBeVisible();
    await expect(this.status()).toBeVisible();
  }

  /**
   * Sends, then expects the local test server's verdict to be 200 {ok: true}; on a 400 the
   * failure message shows the server's list of what differed.
   */
  async sendExpectingServerOk(): Promise<void> {
    await this.send();
    await expect(this.responseBody()).toContainText(/"ok":\s*true/);
    await expect(this.status()).toContainText("200");
  }
}
