/** The browser host's one write path for imports, over the repositories. */
import type { Bundle, Id } from "../../core/model";
import type { TreeNode } from "../../core/tree";
import type { Repos } from "../../db/repos/index";

/** Where imports are written: the browser host's one write path for imports. */
export interface ImportWriter {
  /** The workspace imports go into. */
  workspaceId(): Promise<Id>;
  /** Writes the chunks `next` hands out (until undefined) in one transaction; resolves to the tree nodes written. */
  write(next: () => Promise<Bundle | undefined>): Promise<TreeNode[]>;
}

/**
 * Imports into the default workspace, through `repos.imports.storeStreamed` (all or nothing; a
 * failure rejects with the repositories' DbError). `workspaceId` is the host's own (seeded)
 * workspace: an import opened on a first start (a shared link) must wait for it, not create
 * an unseeded one first.
 */
export function makeImportWriter(repos: Repos, workspaceId?: () => Promise<Id>): ImportWriter {
  return {
    workspaceId: workspaceId ?? (async () => (await repos.workspace.ensureDefault()).id),
    write: (next) => repos.imports.storeStreamed(next),
  };
}
