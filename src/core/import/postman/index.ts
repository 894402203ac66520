/** Postman collection / environment / globals import (v2.0 and v2.1). */
export { importPostmanCollection } from "./collection";
export type { ImportedCollection } from "./collection";
export { importPostmanEnvironment, importPostmanGlobals } from "./environment";
