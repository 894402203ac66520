/** An in-memory `Repos["oauth2Tokens"]` for UI tests; `onWrite` runs after each write. */
import type { OAuth2Token } from "../../core/auth/types";
import type { OAuth2TokensRepo } from "../../db/repos/oauth2Tokens";

/** The repository, and its rows by token id: [collectionId, token]. */
export function makeFakeOAuth2Tokens(
  onWrite: () => void = () => undefined,
): OAuth2TokensRepo & { rows: Map<string, [string, OAuth2Token]> } {
  const rows = new Map<string, [string, OAuth2Token]>();
  const write = async (op: () => void) => {
    op();
    onWrite();
  };
  return {
    rows,
    list: async (collectionId) =>
      [...rows.values()]
        .filter(([owner]) => owner === collectionId)
        .map(([, token]) => ({ ...token }))
        .sort((a, b) => a.createdAt - b.createdAt),
    put: (collectionId, token) => write(() => rows.set(token.id, [collectionId, { ...token }])),
    delete: (id) => write(() => rows.delete(id)),
    clear: (collectionId) =>
      write(() => {
        for (const [id, [owner]] of rows) if (owner === collectionId) rows.delete(id);
      }),
  };
}
