/**
 * The export dialog's documents: what is read from storage, and secrets left out by the core
 * secrets policy (each document says what it blanked).
 */
import { collectionToOpenApi } from "../../../core/export/openapi";
import type { CollectionTree } from "../../../core/export/postman";
import {
  exportPostmanCollection,
  exportPostmanEnvironment,
  exportPostmanGlobals,
} from "../../../core/export/postman";
import type { Environment, Globals } from "../../../core/model";
import type { BlankedValue, Blanking } from "../../../core/secrets";
import { blankCollectionTree, blankEnvironment, blankGlobals } from "../../../core/secrets";
import { safeFileName } from "./download";
import { isCollectionFormat } from "./formats";

/** A document ready to download. */
export interface ExportDocument {
  fileName: string;
  mimeType: string;
  text: string;
  /** What the secrets policy blanked in it (absent: the builder does not say). */
  blanked?: readonly BlankedValue[];
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

/** A value as a pretty-printed JSON document, with what was blanked in it if said. */
export function jsonDocument(
  fileName: string,
  value: unknown,
  blanked?: readonly BlankedValue[],
): ExportDocument {
  const doc: ExportDocument = {
    fileName,
    mimeType: "application/json",
    text: JSON.stringify(value, null, 2),
  };
  if (blanked) doc.blanked = blanked;
  return doc;
}

/** `value` as stored when secrets are included, else as the secrets policy blanks it. */
function policed<T>(value: T, includeSecrets: boolean, blank: (v: T) => Blanking<T>): Blanking<T> {
  return includeSecrets ? { value, blanked: [] } : blank(value);
}

/** A collection tree as an OpenAPI 3.1 document, JSON or (the `yaml` package, loaded now) YAML. */
async function openApiDocument(
  tree: CollectionTree,
  yaml: boolean,
  blanked: readonly BlankedValue[],
): Promise<ExportDocument> {
  const doc = collectionToOpenApi(tree);
  if (!yaml) return jsonDocument(safeFileName(tree.collection.name, ".openapi.json"), doc, blanked);
  const { stringify } = await import("yaml");
  return {
    fileName: safeFileName(tree.collection.name, ".openapi.yaml"),
    mimeType: "application/yaml",
    text: stringify(doc),
    blanked,
  };
}

/** A stored collection as a Postman v2.1 collection (the default) or an OpenAPI 3.1 file. */
export async function collectionExport(
  load: () => Promise<CollectionTree | undefined>,
  options: ExportOptions,
): Promise<ExportDocument> {
  const format = isCollectionFormat(options.format) ? options.format : "postman";
  const stored = await load();
  if (!stored) throw new Error("The collection no longer exists.");
  const { collection } = stored;
  const { value: tree, blanked } = policed(stored, options.includeSecrets, blankCollectionTree);
  if (format !== "postman") return openApiDocument(tree, format === "openapi-yaml", blanked);
  return jsonDocument(
    safeFileName(collection.name, ".postman_collection.json"),
    exportPostmanCollection(tree),
    blanked,
  );
}

/** An environment as a Postman environment file. */
export function environmentExport(env: Environment, includeSecrets: boolean): ExportDocument {
  const { value, blanked } = policed(env, includeSecrets, blankEnvironment);
  return jsonDocument(
    safeFileName(env.name, ".postman_environment.json"),
    exportPostmanEnvironment(value),
    blanked,
  );
}

/** The workspace's globals as a Postman globals file named after the workspace. */
export function globalsExport(
  globals: Globals,
  workspaceName: string,
  includeSecrets: boolean,
): ExportDocument {
  const { value, blanked } = policed(globals, includeSecrets, blankGlobals);
  return jsonDocument(
    safeFileName(workspaceName, ".postman_globals.json"),
    exportPostmanGlobals(value),
    blanked,
  );
}
