/** Lorem ipsum, images, files and database dynamic variables. */
import type { Deps } from "../../factory";
import type { DynamicVariable } from "./random";
import { ALNUM, capitalize, chars, defs, int, pick, words } from "./random";
import * as W from "./words";

const sentence = (d: Deps) => `${capitalize(words(d, W.LOREM, int(d, 4, 10)))}.`;
const sentences = (d: Deps, n: number) => Array.from({ length: n }, () => sentence(d)).join(" ");
const paragraph = (d: Deps) => sentences(d, int(d, 3, 6));
const imageUrl = (d: Deps, category: string) =>
  `https://picsum.photos/seed/${category}-${chars(d, ALNUM, 6)}/640/480`;
const commonFile = (d: Deps) => pick(d, W.MIME_TYPES);
const fileName = (d: Deps) => `${words(d, W.LOREM, 2).replace(" ", "_")}.${commonFile(d)[1]}`;

const imageVariables = Object.fromEntries(
  W.IMAGE_CATEGORIES.map((category) => [
    `$random${capitalize(category)}Image`,
    [`A URL for a random ${category} image`, (d: Deps) => imageUrl(d, category)] as const,
  ]),
) as Record<string, [string, (d: Deps) => string]>;

export const CONTENT_VARIABLES: DynamicVariable[] = defs({
  $randomLoremWord: ["A random lorem ipsum word", (d) => pick(d, W.LOREM)],
  $randomLoremWords: ["A few lorem ipsum words", (d) => words(d, W.LOREM, 3)],
  $randomLoremSentence: ["A lorem ipsum sentence", sentence],
  $randomLoremSentences: ["2 to 6 lorem ipsum sentences", (d) => sentences(d, int(d, 2, 6))],
  $randomLoremSlug: ["A lorem ipsum URL slug", (d) => words(d, W.LOREM, 3).replaceAll(" ", "-")],
  $randomLoremParagraph: ["A lorem ipsum paragraph", paragraph],
  $randomLoremParagraphs: [
    "3 lorem ipsum paragraphs",
    (d) => [paragraph(d), paragraph(d), paragraph(d)].join("\n \r"),
  ],
  $randomLoremText: ["Some lorem ipsum text", (d) => sentences(d, int(d, 1, 4))],
  $randomLoremLines: [
    "1 to 5 lines of lorem ipsum",
    (d) => Array.from({ length: int(d, 1, 5) }, () => sentence(d)).join("\n"),
  ],
  $randomAvatarImage: [
    "A URL for a random avatar image",
    (d) => `https://i.pravatar.cc/150?u=${chars(d, ALNUM, 8)}`,
  ],
  $randomImageUrl: ["A URL for a random image", (d) => imageUrl(d, "any")],
  ...imageVariables,
  $randomImageDataUri: [
    "A tiny image as a data: URI",
    () => "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
  ],
  $randomFileName: ["A random file name", fileName],
  $randomCommonFileName: ["A random file name with a common extension", fileName],
  $randomFilePath: [
    "A random file path",
    (d) => `/${pick(d, ["usr", "home", "var", "opt"])}/${pick(d, W.LOREM)}/${fileName(d)}`,
  ],
  $randomDirectoryPath: [
    "A random directory path",
    (d) => `/${pick(d, ["usr", "home", "var", "opt"])}/${pick(d, W.LOREM)}`,
  ],
  $randomMimeType: ["A random MIME type", (d) => commonFile(d)[0]],
  $randomCommonFileType: ["A random common file type (e.g. image)", (d) => pick(d, W.FILE_TYPES)],
  $randomCommonFileExt: ["A random common file extension (e.g. pdf)", (d) => commonFile(d)[1]],
  $randomFileType: ["A random file type", (d) => pick(d, W.FILE_TYPES)],
  $randomFileExt: ["A random file extension", (d) => commonFile(d)[1]],
  $randomDatabaseColumn: [
    "A random database column name",
    (d) =>
      pick(d, [
        "id",
        "title",
        "name",
        "email",
        "password",
        "token",
        "group",
        "category",
        "status",
        "createdAt",
        "updatedAt",
        "comment",
      ]),
  ],
  $randomDatabaseType: [
    "A random database column type",
    (d) =>
      pick(d, [
        "int",
        "varchar",
        "text",
        "date",
        "boolean",
        "double",
        "decimal",
        "timestamp",
        "blob",
        "enum",
      ]),
  ],
  $randomDatabaseCollation: [
    "A random database collation",
    (d) =>
      pick(d, [
        "utf8_unicode_ci",
        "utf8_general_ci",
        "utf8_bin",
        "ascii_bin",
        "cp1250_bin",
        "utf8mb4_bin",
      ]),
  ],
  $randomDatabaseEngine: [
    "A random database engine",
    (d) => pick(d, ["InnoDB", "MyISAM", "Memory", "CSV", "Archive", "BLACKHOLE"]),
  ],
});
