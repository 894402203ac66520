/** Variables: scopes, `{{template}}` resolution, dynamic variables and the UI lookup. */
export * from "./scopes";
export * from "./template";
export * from "./lookup";
export * from "./writeBack";
export { DYNAMIC_VARIABLES, findDynamicVariable, generateDynamic } from "./dynamic";
export type { DynamicVariable } from "./dynamic";
