/** The export dialog's documents: what is read from storage and how secrets are left out. */
import { collectionToOpenApi } from "../../../core/export/openapi";
import type { CollectionTree } from "../../../core/export/postman";
import {
  exportPostmanCollection,
  exportPostmanEnvironment,
  exportPostmanGlobals,
} from "../../../core/export/postman";
import {
  environmentWithoutSecrets,
  globalsWithoutSecrets,
  withoutSecrets,
} from "../../../core/export/secrets";
import type { Environment, Globals, Id } from "../../../core/model";
import type { Repos } from "../../../db/repos/index";
import { safeFileName } from "./download";
import { isCollectionFormat } from "./formats";

/** A document ready to download. */
export interface ExportDocument {
  fileName: string;
  mimeType: string;
  text: string;
}

/** What the dialog's user chose. */
export interface ExportOptions {
  /** False blanks secrets. */
  includeSecrets: boolean;
  /** The chosen format's id ("" when the dialog offers no choice). */
  format: string;
}

/** Builds the document from the user's choices. */
export type ExportBuilder = (options: ExportOptions) => Promise<ExportDocument>;

/** A value as a pretty-printed JSON document. */
export function jsonDocument(fileName: string, value: unknown): ExportDocument {
  return { fileName, mimeType: "application/json", text: JSON.stringify(value, null, 2) };
}

/** A collection tree as an OpenAPI 3.1 document, JSON or (the `yaml` package, loaded now) YAML. */
async function openApiDocument(tree: CollectionTree, yaml: boolean): Promise<ExportDocument> {
  const doc = collectionToOpenApi(tree);
  if (!yaml) return jsonDocument(safeFileName(tree.collection.name, ".openapi.json"), doc);
  const { stringify } = await import("yaml");
  return {
    fileName: safeFileName(tree.collection.name, ".openapi.yaml"),
    mimeType: "application/yaml",
    text: stringify(doc),
  };
}

/** A stored collection as a Postman v2.1 collection (the default) or an OpenAPI 3.1 file. */
export async function collectionExport(
  repos: Repos,
  id: Id,
  options: ExportOptions,
): Promise<ExportDocument> {
  const format = isCollectionFormat(options.format) ? options.format : "postman";
  const collection = await repos.collections.get(id);
  if (!collection) throw new Error("The collection no longer exists.");
  const [folders, requests] = await Promise.all([
    repos.folders.listByCollection(id),
    repos.requests.listByCollection(id),
  ]);
  const stored = { collection, folders, requests };
  const tree = options.includeSecrets ? stored : withoutSecrets(stored);
  if (format !== "postman") return openApiDocument(tree, format === "openapi-yaml");
  return jsonDocument(
    safeFileName(collection.name, ".postman_collection.json"),
    exportPostmanCollection(tree),
  );
}

/** An environment as a Postman environment file. */
export function environmentExport(env: Environment, includeSecrets: boolean): ExportDocument {
  return jsonDocument(
    safeFileName(env.name, ".postman_environment.json"),
    exportPostmanEnvironment(includeSecrets ? env : environmentWithoutSecrets(env)),
  );
}

/** The workspace's globals as a Postman globals file named after the workspace. */
export function globalsExport(
  globals: Globals,
  workspaceName: string,
  includeSecrets: boolean,
): ExportDocument {
  return jsonDocument(
    safeFileName(workspaceName, ".postman_globals.json"),
    exportPostmanGlobals(includeSecrets ? globals : globalsWithoutSecrets(globals)),
  );
}
