/**
 * The words the response pane shows while a send is under way: which stage, and for a script
 * stage whose scripts run (the collection's, a folder's, the request's).
 */
import type { ScriptOwner } from "../../../core/pipeline";
import type { SendPhase } from "../../stores/responseState";

const STAGE: Record<Exclude<SendPhase, "sending">, string> = {
  prerequest: "pre-request script",
  tests: "test script",
};

/** `folder “Auth”`: the owner's level and its name in quotes (the level alone when unnamed). */
export function ownerText(owner: ScriptOwner): string {
  return owner.name.trim() ? `${owner.level} “${owner.name}”` : owner.level;
}

/** E.g. "Running pre-request script (folder “Auth”)…", or "Sending…" when no script runs. */
export function loadingText(
  phase: SendPhase | undefined,
  scripts?: readonly ScriptOwner[],
): string {
  if (!phase || phase === "sending") return "Sending…";
  const stage = STAGE[phase];
  if (!scripts?.length) return `Running the ${stage}…`;
  const plural = scripts.length > 1 ? "s" : "";
  return `Running ${stage}${plural} (${scripts.map(ownerText).join(", ")})…`;
}
