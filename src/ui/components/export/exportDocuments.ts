/** The export dialog's documents: what is read from storage and how secrets are left out. */
import { exportPostmanCollection, exportPostmanEnvironment } from "../../../core/export/postman";
import { environmentWithoutSecrets, withoutSecrets } from "../../../core/export/secrets";
import type { Environment, Id } from "../../../core/model";
import type { Repos } from "../../../db/repos/index";
import { safeFileName } from "./download";

/** A document ready to download. */
export interface ExportDocument {
  fileName: string;
  json: unknown;
}

/** Builds the document; `includeSecrets` false blanks secrets. */
export type ExportBuilder = (includeSecrets: boolean) => Promise<ExportDocument>;

/** A stored collection as a Postman v2.1 collection file. */
export async function collectionExport(
  repos: Repos,
  id: Id,
  includeSecrets: boolean,
): Promise<ExportDocument> {
  const collection = await repos.collections.get(id);
  if (!collection) throw new Error("The collection no longer exists.");
  const [folders, requests] = await Promise.all([
    repos.folders.listByCollection(id),
    repos.requests.listByCollection(id),
  ]);
  const tree = { collection, folders, requests };
  return {
    fileName: safeFileName(collection.name, ".postman_collection.json"),
    json: exportPostmanCollection(includeSecrets ? tree : withoutSecrets(tree)),
  };
}

/** An environment as a Postman environment file. */
export function environmentExport(env: Environment, includeSecrets: boolean): ExportDocument {
  return {
    fileName: safeFileName(env.name, ".postman_environment.json"),
    json: exportPostmanEnvironment(includeSecrets ? env : environmentWithoutSecrets(env)),
  };
}
