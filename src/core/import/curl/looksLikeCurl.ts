/** A cheap check the URL bar runs on every paste, kept apart so the parser loads only when used. */

/** True when `text` looks like a cURL command (after leading spaces and a `$ ` prompt). */
export const looksLikeCurl = (text: string): boolean => /^\s*(\$\s+)?curl(\.exe)?\s/i.test(text);
