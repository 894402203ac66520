/** The one request pipeline (see ../../../../shared/ARCHITECTURE.md). */
export { runItem, scriptsFor } from "./runItem";
export { applyScriptChanges, templateHttpRequest } from "./scriptRequest";
export type { ItemResult, PipelineEvent, RunItemInput } from "./types";
