/** OpenAPI / Swagger import: a parsed document → a collection (see convert.ts). */
export { convertOpenApi } from "./convert";
export type { ConvertedOpenApi } from "./convert";
