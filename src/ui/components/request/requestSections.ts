/**
 * Which request section (Params, Body, …) a tab shows: each tab keeps its own, and a tab seen
 * for the first time opens on Params, or on Body when its method carries a body.
 */
import type { Accessor } from "solid-js";
import { createMemo, on } from "solid-js";
import { createStore } from "solid-js/store";
import type { Id, Request } from "../../../core/model";

/** Methods whose requests normally carry a body (DELETE only when it has one). */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/** The section a request opens on the first time it is shown. */
export function firstSection(request: Pick<Request, "method" | "body">): "Params" | "Body" {
  const method = request.method.toUpperCase();
  const body = BODY_METHODS.has(method) || (method === "DELETE" && request.body.mode !== "none");
  return body ? "Body" : "Params";
}

/**
 * The selected section of the request shown now, remembered per request id for the owner's
 * lifetime. The first section is chosen when a request id is first seen, so changing the method
 * later does not move the user to another section.
 */
export function createRequestSections(request: Accessor<Request>) {
  const [chosen, setChosen] = createStore<Record<Id, string>>({});
  // Its own memo: `on` re-runs whenever its source notifies, and the request notifies per edit.
  const id = createMemo(() => request().id);
  const initial = createMemo(on(id, () => firstSection(request())));
  return {
    /** The section to show. */
    selected: (): string => chosen[id()] ?? initial(),
    /** Remembers the section the user picked for the request shown now. */
    select: (name: string): void => setChosen(id(), name),
  };
}
