/** The repositories over Dexie: `makeRepos(makeDb(), deps)` is the app's storage API. */
import type { Deps } from "../../core/factory";
import type { SatchelDb } from "../db";
import type { Repos } from "./types";
import { makeRepoContext } from "./context";
import {
  makeCollectionsRepo,
  makeEnvironmentsRepo,
  makeFoldersRepo,
  makeRequestsRepo,
} from "./entities";
import { makeCookiesRepo } from "./cookies";
import { makeDraftsRepo } from "./drafts";
import type { DraftJournal } from "./draftJournal";
import { makeHistoryRepo } from "./history";
import { makeOAuth2TokensRepo } from "./oauth2Tokens";
import { makeImportsRepo } from "./importBundle";
import { makeRunsRepo } from "./runs";
import { makeFilesRepo, makeSettingsRepo } from "./settings";
import { makeTreeRepo } from "./tree";
import { makeGlobalsRepo, makeWorkspaceRepo } from "./workspace";

export * from "./types";

/** What a host may add to the repositories: the browser's journal of unload-time draft writes. */
export interface RepoOptions {
  draftJournal?: DraftJournal;
}

/** Builds every repository over one database; ids and times come from `deps`. */
export function makeRepos(db: SatchelDb, deps: Deps, options: RepoOptions = {}): Repos {
  const ctx = makeRepoContext(db, deps);
  return {
    workspace: makeWorkspaceRepo(ctx),
    collections: makeCollectionsRepo(ctx),
    folders: makeFoldersRepo(ctx),
    requests: makeRequestsRepo(ctx),
    tree: makeTreeRepo(ctx),
    environments: makeEnvironmentsRepo(ctx),
    globals: makeGlobalsRepo(ctx),
    history: makeHistoryRepo(ctx),
    settings: makeSettingsRepo(ctx),
    files: makeFilesRepo(ctx),
    imports: makeImportsRepo(ctx),
    runs: makeRunsRepo(ctx),
    drafts: makeDraftsRepo(ctx, options.draftJournal),
    cookies: makeCookiesRepo(ctx),
    oauth2Tokens: makeOAuth2TokensRepo(ctx),
  };
}
