/** The one request pipeline (see ../../../../shared/ARCHITECTURE.md). */
export { runItem, scriptOwners, scriptsFor } from "./runItem";
export { applyScriptChanges, templateHttpRequest } from "./scriptRequest";
export type { ItemResult, PipelineEvent, RunItemInput, ScriptOwner } from "./types";
