/**
 * The OpenAPI worker: parses and converts specs (src/workers/openapi/service.ts) so a 13 MB
 * document never blocks the main thread. Loaded only when an OpenAPI file is imported.
 */
import * as Comlink from "comlink";
import type { Deps } from "../core/factory";
import { importOpenApiText } from "./openapi/service";
import type { OpenApiApi } from "./openapi/types";

const deps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid: () => crypto.randomUUID() },
};

const api: OpenApiApi = {
  importOpenApi: (text, workspaceId) => Promise.resolve(importOpenApiText(text, deps, workspaceId)),
};

Comlink.expose(api);
