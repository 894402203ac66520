/**
 * The OpenAPI worker: parses and converts specs (src/workers/openapi/service.ts) so a 13 MB
 * document never blocks the main thread; `$ref`s to other documents are read through a loader
 * the main thread passes as a Comlink proxy. Loaded only when an OpenAPI file is imported.
 */
import * as Comlink from "comlink";
import type { Deps } from "../core/factory";
import { makeOpenApiApi } from "./openapi/service";

const deps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid: () => crypto.randomUUID() },
};

Comlink.expose(makeOpenApiApi(deps));
