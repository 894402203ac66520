/**
 * Try-it core: find an OpenAPI operation, prefill it, and turn what a reader typed into the
 * HttpRequest the app's transports send. Pure data in, Results out; no DOM.
 */
export { buildBody } from "./body";
export type { BuiltTryItBody } from "./body";
export { buildTryItRequest, chosenBase } from "./buildRequest";
export { listOperations, openDocument } from "./document";
export type { OpenedDocument, OperationRef } from "./document";
export { findInDocument, findOperation, matchOperation } from "./findOperation";
export { fileValue, isFileValue } from "./input";
export type { BodyInput, FileValue, TryItInput } from "./input";
export { prefillInput } from "./prefill";
export type { PrefillOptions } from "./prefill";
export { applySecurity } from "./applySecurity";
export type { AuthInput, AuthValue, OAuthFlow } from "./securityTypes";
export { serverUrl } from "./servers";
export { expandPairs, expandValue } from "./style";
export type * from "./types";
