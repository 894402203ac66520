/**
 * A pre-request script that failed, shown above whatever the response area holds: the request
 * may still have gone out (a script error fails its own script only), but what it sent is not
 * what the user wrote, so this must not wait in the Tests tab.
 */
import { For } from "solid-js";
import type { ScriptError } from "../../../core/sandbox/types";

/** Props of {@link ScriptFailure}. */
export interface ScriptFailureProps {
  errors: readonly ScriptError[];
}

/** Whose script a sandbox location names ("request", "collection", "folder:Name"). */
export function scriptOwner(location: string): string {
  if (location === "request") return "Request";
  if (location === "collection") return "Collection";
  if (location.startsWith("folder:")) return `Folder “${location.slice("folder:".length)}”`;
  return location;
}

/** Announced as an alert; one line per error, with its line number when known. */
export function ScriptFailure(props: ScriptFailureProps) {
  const timedOut = () => props.errors.some((e) => e.code === "TIMEOUT");
  return (
    <div class="response-error script-failure" role="alert">
      <h3 class="response-error-title">
        {timedOut() ? "The pre-request script timed out" : "The pre-request script failed"}
      </h3>
      <ul class="script-failure-list">
        <For each={props.errors}>
          {(e) => (
            <li>
              {scriptOwner(e.location)}
              {e.line ? `, line ${e.line}` : ""}: {e.message}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
