/** What every repository module shares: the database, the host's clock/random, and guards. */
import type { Deps } from "../../core/factory";
import type { SatchelDb } from "../db";
import { guard } from "../errors";

/** The shared context handed to each repository factory. */
export interface RepoContext {
  db: SatchelDb;
  deps: Deps;
  /** Runs a read; failures reject with DbError (OPEN_FAILED unless more precise). */
  read<T>(operation: () => Promise<T>): Promise<T>;
  /** Runs a write; failures reject with DbError (WRITE_FAILED unless more precise). */
  write<T>(operation: () => Promise<T>): Promise<T>;
}

/** Builds the context for `makeRepos`. */
export function makeRepoContext(db: SatchelDb, deps: Deps): RepoContext {
  return {
    db,
    deps,
    read: (operation) => guard(db, "OPEN_FAILED", operation),
    write: (operation) => guard(db, "WRITE_FAILED", operation),
  };
}
