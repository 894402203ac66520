/** OpenAPI / Swagger import: a parsed document → a collection (see convert.ts). */
export { conversionFailure, convertOpenApi, startOpenApi, surveyOpenApi } from "./convert";
export type { ConvertedChunk, ConvertedOpenApi, OpenApiConversion, OpenApiSurvey } from "./convert";
export { importOpenApiDocument, importOpenApiText, openApiFailed } from "./importDocument";
export type { OpenApiImport } from "./importDocument";
export { parseSpec } from "./parse";
