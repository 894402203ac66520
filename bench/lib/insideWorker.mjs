// The script benchmark's worker: the sandbox core the app's worker runs (QuickJS from the built
// app's wasm, guest libraries from its /sandbox-libs/), timed from inside the worker, so the
// figure is the scripts' own cost without the page ↔ worker hops. Bundled by bench/scripts.mjs.
import RELEASE_SYNC from "@jitl/quickjs-wasmfile-release-sync";
import { newQuickJSWASMModuleFromVariant, newVariant } from "quickjs-emscripten-core";
import { libFileName } from "../../src/workers/sandbox/libs";
import { makeQuickJsSandboxWith } from "../../src/workers/sandbox/makeSandbox";

self.onmessage = async (e) => {
  const { wasmUrl, timeScriptsSource, timing } = e.data;
  const sandbox = makeQuickJsSandboxWith({
    loadModule: (wasmMemory) =>
      newQuickJSWASMModuleFromVariant(
        newVariant(RELEASE_SYNC, { wasmLocation: wasmUrl, wasmMemory }),
      ),
    loadLib: async (name) => (await fetch(`/sandbox-libs/${libFileName(name)}`)).text(),
  });
  const timeScripts = new Function(`return (${timeScriptsSource})`)();
  try {
    const value = await timeScripts((...args) => sandbox.run(...args), timing);
    self.postMessage({ ok: true, value });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  } finally {
    sandbox.dispose();
  }
};
