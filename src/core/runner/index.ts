/** The collection runner (see ../../../../shared/postman-semantics.md, Runs). */
export { dataRow, iterationCount, runCollection } from "./runCollection";
export { findNext, runSteps, selectSteps } from "./order";
export type { RunStep } from "./order";
export { itemFailed } from "./stats";
export type {
  ItemEvent,
  RunEvent,
  RunInput,
  RunOptions,
  RunStats,
  RunSummary,
  RunTimings,
} from "./types";
