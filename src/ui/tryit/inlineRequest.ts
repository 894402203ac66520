/**
 * A request given inline (`curl` or `request` = Postman v2.1 item or collection JSON), read by
 * the app's importers into a Request and its ancestors. Loaded only by panels that have one.
 */
import type { Deps } from "../../core/factory";
import { makeCollection } from "../../core/factory";
import type { Ancestors } from "../../core/http/auth";
import { buildHttpRequest } from "../../core/http/buildRequest";
import type { HttpRequest } from "../../core/http/transport";
import { importCurl } from "../../core/import/curl/index";
import { importPostmanCollection } from "../../core/import/postman/collection";
import type { Request } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import { makeScopes } from "../../core/variables/scopes";
import type { VariableScopes } from "../../core/variables/scopes";
import type { PanelSource } from "./options";

/** An inline request and what it runs within. */
export interface InlineRequest {
  request: Request;
  ancestors: Ancestors;
  scopes: VariableScopes;
  /** True when a pre-request or test script applies (then Send runs the pipeline with them). */
  scripted: boolean;
  warnings: string[];
}

const WORKSPACE = "try-it";
const SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

const hasScripts = (s: { prerequest: string; test: string }) =>
  s.prerequest.trim() !== "" || s.test.trim() !== "";

/** A Postman item alone becomes a collection of one. */
function asCollection(json: unknown): unknown {
  const o = json as { info?: unknown; request?: unknown; name?: unknown } | null;
  if (o && typeof o === "object" && o.info === undefined && o.request !== undefined) {
    return {
      info: { name: typeof o.name === "string" ? o.name : "Request", schema: SCHEMA },
      item: [o],
    };
  }
  return json;
}

/** Reads the inline source. */
export function readInline(
  source: Extract<PanelSource, { kind: "postman" | "curl" }>,
  deps: Deps,
): Result<InlineRequest> {
  if (source.kind === "curl") {
    const collection = makeCollection(deps, { workspaceId: WORKSPACE, name: "cURL" });
    const imported = importCurl(source.command, deps, collection.id);
    if (!imported.ok) return imported;
    return ok({
      request: imported.value.request,
      ancestors: { collection, folders: [] },
      scopes: makeScopes(),
      scripted: false,
      warnings: imported.value.warnings,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(source.json);
  } catch (e) {
    return err({
      code: "INVALID_POSTMAN",
      message: `The request attribute is not JSON: ${String(e)}`,
    });
  }
  const imported = importPostmanCollection(asCollection(json), deps, WORKSPACE);
  if (!imported.ok) return imported;
  const { collection, folders, requests } = imported.value;
  const request = requests[0];
  if (!request) return err({ code: "INVALID_POSTMAN", message: "The collection has no request." });
  const chain: typeof folders = [];
  for (let id = request.parentId; id;) {
    const folder = folders.find((f) => f.id === id);
    if (!folder) break;
    chain.unshift(folder);
    id = folder.parentId;
  }
  const ancestors = { collection, folders: chain };
  return ok({
    request,
    ancestors,
    scopes: makeScopes({ collection: collection.variables }),
    scripted: [collection, ...chain, request].some((o) => hasScripts(o.scripts)),
    warnings: [],
  });
}

/** The request as it will be sent (variables resolved, auth applied). */
export function resolveInline(inline: InlineRequest, deps: Deps): Result<HttpRequest> {
  const built = buildHttpRequest(inline.request, inline.ancestors, inline.scopes, deps);
  return built.ok ? ok(built.value.http) : built;
}
