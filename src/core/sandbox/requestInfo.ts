/**
 * What scripts see of a stored request beyond the HttpRequest: `pm.info.requestId` and
 * `pm.request.description`, as Newman shows them for an imported collection.
 */
import type { Request } from "../model";
import type { SandboxContext } from "./types";

/** The Postman item id when the request came from a collection that had one, else our id. */
export function scriptRequestId(request: Pick<Request, "id" | "extra">): string {
  const postmanId = request.extra?.postmanId;
  return typeof postmanId === "string" && postmanId !== "" ? postmanId : request.id;
}

/**
 * `pm.request.description`: {content, type} (type from the imported description object, else
 * text/plain), or undefined when the request has no description.
 */
export function scriptDescription(
  request: Pick<Request, "description" | "extra">,
): SandboxContext["description"] {
  if (request.description === "") return undefined;
  const imported = request.extra?.description;
  const type =
    imported &&
    typeof imported === "object" &&
    typeof (imported as { type?: unknown }).type === "string"
      ? (imported as { type: string }).type
      : "text/plain";
  return { content: request.description, type };
}
