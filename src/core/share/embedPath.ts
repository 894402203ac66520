/** Where the read-only embed page lives, for the service worker's navigation routes. */

/**
 * Navigations that get embed.html: `/embed` and `/embed.html`, with or without a query. Workbox's
 * NavigationRoute tests this against the path plus the query string.
 */
export const EMBED_NAVIGATION = /^\/embed(\.html)?\/?(\?|$)/;
