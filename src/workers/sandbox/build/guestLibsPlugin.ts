/**
 * Vite plugin: serves each guest library at `<base>sandbox-libs/<file>.js` in dev and emits it as
 * that asset in `vite build`, so the service worker precaches it (the PWA globPatterns include
 * js) and the sandbox worker never fetches a library from a third party.
 */
import type { Plugin } from "vite";
import { GUEST_LIB_NAMES, libFileName, type GuestLibName } from "../libs";
import { SANDBOX_LIBS_DIR } from "../workerApi";
import { bundleGuestLib } from "./bundleLib";

const byFile = new Map<string, GuestLibName>(GUEST_LIB_NAMES.map((n) => [libFileName(n), n]));

/** The plugin; add it to vite.config.ts's `plugins`. */
export function guestLibsPlugin(): Plugin {
  let building = false;
  const cache = new Map<GuestLibName, Promise<string>>();
  const bundle = (name: GuestLibName) => {
    let found = cache.get(name);
    if (!found) {
      found = bundleGuestLib(name);
      cache.set(name, found);
      found.catch(() => cache.delete(name));
    }
    return found;
  };
  const route = new RegExp(`/${SANDBOX_LIBS_DIR}/([\\w.-]+\\.js)(?:\\?|$)`);
  return {
    name: "satchel-guest-libs",
    configResolved(config) {
      building = config.command === "build";
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = byFile.get(route.exec(req.url ?? "")?.[1] ?? "");
        if (!name) return next();
        bundle(name).then(
          (source) => {
            res.setHeader("Content-Type", "text/javascript; charset=utf-8");
            res.end(source);
          },
          (e: unknown) => next(e),
        );
      });
    },
    async generateBundle() {
      if (!building) return;
      for (const name of GUEST_LIB_NAMES) {
        this.emitFile({
          type: "asset",
          fileName: `${SANDBOX_LIBS_DIR}/${libFileName(name)}`,
          source: await bundle(name),
        });
      }
    },
  };
}
