/**
 * The import worker: reads, detects, converts and previews every import (src/workers/import/
 * service.ts), then hands its rows out in chunks, so a 13 MB spec or a big collection never
 * blocks the main thread; `$ref`s to other documents are read through a loader the main thread
 * passes as a Comlink proxy. Started while the Import dialog is open.
 */
import * as Comlink from "comlink";
import type { Deps } from "../core/factory";
import { makeImportApi } from "./import/service";

const deps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid: () => crypto.randomUUID() },
};

Comlink.expose(makeImportApi(deps));
