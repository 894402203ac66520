/** Turns a failed write into words for a toast (db errors carry a SCREAMING_SNAKE `code`). */
const WORDS: Record<string, string> = {
  QUOTA_EXCEEDED: "Storage is full. Delete some history or large bodies and try again.",
  INVALID_MOVE: "An item can't be moved into itself.",
  NOT_FOUND: "That item no longer exists.",
  VERSION_CHANGED: "Satchel was updated in another tab. Reload this page.",
  UPGRADE_BLOCKED: "Close other Satchel tabs so storage can be upgraded.",
};

/** A short user-facing sentence for an error thrown by a repository call. */
export function errorText(action: string, error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  const detail = WORDS[code] ?? (error instanceof Error ? error.message : String(error));
  return `Couldn't ${action}. ${detail}`;
}
