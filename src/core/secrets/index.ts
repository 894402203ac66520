/**
 * The one secrets policy: what counts as a secret, and every export's, history's and the UI
 * masking's way of blanking it (names kept, values emptied, what was blanked reported).
 * @see ./names.ts for the name rules
 */
export {
  CREDENTIAL_HEADERS,
  isOnlyReference,
  isSecretHeader,
  isSecretName,
  nameWords,
} from "./names";
export {
  blankAuth,
  blankExtra,
  blankRows,
  blankUrl,
  blankVariables,
  isSecretVariable,
} from "./parts";
export type { BlankSink } from "./parts";
export { blankCollectionTree, blankEnvironment, blankGlobals } from "./collection";
export type { SecretsTree } from "./collection";
export { blankHistory, blankHistoryEntry } from "./history";
export { describeBlanked, summarizeBlanked } from "./report";
export type { BlankedKind, BlankedValue, Blanking } from "./report";
