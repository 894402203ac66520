/** The file formats the export dialog offers, as data (the dialog shows them as radio buttons). */

/** One choice in the dialog's "Format" group. */
export interface ExportFormat {
  /** Passed to the builder as `format`. */
  id: string;
  /** The radio button's label. */
  label: string;
  /** One sentence under the choices saying what the file is for. */
  description: string;
}

/** Ids of the collection formats. */
export type CollectionFormat = "postman" | "openapi-json" | "openapi-yaml";

/** Collection formats, the default (Postman v2.1) first. */
export const COLLECTION_FORMATS: readonly (ExportFormat & { id: CollectionFormat })[] = [
  {
    id: "postman",
    label: "Postman Collection v2.1",
    description: "Saves a Postman v2.1 file that Postman and Newman open.",
  },
  {
    id: "openapi-json",
    label: "OpenAPI 3.1 (JSON)",
    description: "Saves an OpenAPI 3.1 description with one operation per request.",
  },
  {
    id: "openapi-yaml",
    label: "OpenAPI 3.1 (YAML)",
    description: "Saves an OpenAPI 3.1 description with one operation per request.",
  },
];

/** Whether `id` names a collection format. */
export function isCollectionFormat(id: string): id is CollectionFormat {
  return COLLECTION_FORMATS.some((f) => f.id === id);
}
