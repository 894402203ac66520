/**
 * The OAuth 2.0 token manager's tokens: one row per token under its collection (the `collectionId`
 * index answers "this collection's tokens"). Tokens are secrets: nothing here exports them.
 */
import type { OAuth2Token } from "../../core/auth/types";
import type { Id } from "../../core/model";
import type { RepoContext } from "./context";

/** A stored token and the collection that owns it. */
export type OAuth2TokenRow = OAuth2Token & { collectionId: Id };

/** The tokens repository. */
export interface OAuth2TokensRepo {
  /** A collection's tokens, oldest first. */
  list(collectionId: Id): Promise<OAuth2Token[]>;
  /** Adds a token, or replaces the one with its id (a refresh). */
  put(collectionId: Id, token: OAuth2Token): Promise<void>;
  delete(id: Id): Promise<void>;
  /** Removes every token of a collection. */
  clear(collectionId: Id): Promise<void>;
}

/** The row without its collection: the token. */
function toToken(row: OAuth2TokenRow): OAuth2Token {
  const { collectionId: _c, ...token } = row;
  return token;
}

/** Builds the repository. */
export function makeOAuth2TokensRepo(ctx: RepoContext): OAuth2TokensRepo {
  const { db } = ctx;
  const ofCollection = (collectionId: Id) =>
    db.oauth2Tokens.where("collectionId").equals(collectionId);
  return {
    list: (collectionId) =>
      ctx.read(async () =>
        (await ofCollection(collectionId).toArray())
          .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
          .map(toToken),
      ),
    put: (collectionId, token) =>
      ctx.write(async () => void (await db.oauth2Tokens.put({ ...token, collectionId }))),
    delete: (id) => ctx.write(() => db.oauth2Tokens.delete(id)),
    clear: (collectionId) =>
      ctx.write(async () => void (await ofCollection(collectionId).delete())),
  };
}
