/**
 * The sandbox worker: QuickJS (its wasm served from our origin through Vite's `?url`), libraries
 * fetched from /sandbox-libs/ on our origin (precached by the service worker), and the page's
 * transport for pm.sendRequest. The main thread can terminate and respawn it at any time.
 */
import * as Comlink from "comlink";
import RELEASE_SYNC from "@jitl/quickjs-wasmfile-release-sync";
import wasmUrl from "@jitl/quickjs-wasmfile-release-sync/wasm?url";
import { newQuickJSWASMModuleFromVariant, newVariant } from "quickjs-emscripten-core";
import { NO_CAPABILITIES, type Transport } from "../core/http/transport";
import { withConsoleTail } from "../core/sandbox/console";
import { libFileName, type GuestLibName } from "./sandbox/libs";
import { makeQuickJsSandboxWith } from "./sandbox/makeSandbox";
import { SANDBOX_LIBS_DIR, type SandboxWorkerApi } from "./sandbox/workerApi";

let transport: Transport | undefined;

async function loadLib(name: GuestLibName): Promise<string> {
  const base = new URL(import.meta.env.BASE_URL, self.location.origin);
  const url = new URL(`${SANDBOX_LIBS_DIR}/${libFileName(name)}`, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  return response.text();
}

const sandbox = makeQuickJsSandboxWith({
  loadModule: (wasmMemory) =>
    newQuickJSWASMModuleFromVariant(
      newVariant(RELEASE_SYNC, { wasmLocation: wasmUrl, wasmMemory }),
    ),
  loadLib,
  get transport() {
    return transport;
  },
});

const api: SandboxWorkerApi = {
  // Only the console's tail crosses to the page (a script may log 200,000 lines).
  run: async (kind, scripts, context) => withConsoleTail(await sandbox.run(kind, scripts, context)),
  reset: () => sandbox.dispose(),
  setTransport(send, name = "page", capabilities) {
    transport = send
      ? {
          name,
          capabilities: capabilities ?? NO_CAPABILITIES,
          send: (request, options) => send(request, options?.timeoutMs),
        }
      : undefined;
  },
};

Comlink.expose(api);
