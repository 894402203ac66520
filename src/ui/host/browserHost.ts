/**
 * The host as the browser page starts it: IndexedDB storage, the first start's demo (its first
 * request open, ready to type), the tabs and drafts a reload left, recovery after an upgrade another tab blocked, and unsaved drafts written
 * when the page goes away.
 */
import { createEffect, on } from "solid-js";
import { DEMO_ENVIRONMENT } from "../../core/demoNames";
import { errorText } from "../commands/errorText";
import { createLiveQuery } from "../primitives/createLiveQuery";
import { createStorageRevival } from "../primitives/createStorageRevival";
import type { LiveQuery } from "../primitives/liveQuery";
import type { EnvironmentsStore } from "../stores/environments";
import { ACTIVE_ENVIRONMENT_KEY } from "../stores/environments";
import { notify } from "../stores/toasts";
import { appDeps, repos, requestPersistence, storageRecovered } from "./browserStorage";
import type { Host } from "./createHost";
import { createHost } from "./createHost";
import { openFirstScreen } from "./firstScreen";

/**
 * On the very first start, the demo's "Demo" environment is active so its requests resolve.
 * Resolves true on that first start (no environment choice stored yet).
 */
async function chooseDemoEnvironmentOnce(environments: EnvironmentsStore): Promise<boolean> {
  const chosen = await repos.settings.get<string | null | undefined>(
    ACTIVE_ENVIRONMENT_KEY,
    undefined,
  );
  if (chosen !== undefined) return false;
  const demo = (await repos.environments.list()).find((e) => e.name === DEMO_ENVIRONMENT);
  await environments.setActive(demo?.id ?? null);
  return true;
}

/** Writes unsaved drafts now when the page goes away or out of sight (no time to debounce). */
function flushDraftsOnHide(flush: () => Promise<void>): void {
  window.addEventListener("pagehide", () => void flush());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void flush();
  });
}

/** Creates the page's host and starts it; call inside the render root. */
export function createBrowserHost(): Host {
  // The demo (and the restore funnel it goes through) loads only on a first start.
  const ensureWorkspace = async () => {
    const existing = await repos.workspace.current();
    if (existing) return existing;
    const { makeDemoBundle } = await import("../../core/demo");
    return repos.workspace.ensureDefault((workspaceId) =>
      makeDemoBundle(appDeps, workspaceId, location.origin),
    );
  };
  let workspace = ensureWorkspace();
  // Live queries that failed while an upgrade waited for another tab run again once it is done.
  const revival = createStorageRevival(storageRecovered);
  const live: LiveQuery = (query, initial) => createLiveQuery(query, initial, revival);
  const host = createHost(repos, appDeps, live, { workspace: () => workspace });
  let started = false;
  const start = () =>
    workspace
      .then(() => host.tabs.restore())
      .then(() => chooseDemoEnvironmentOnce(host.environments))
      .then((first) => (first ? openFirstScreen(host.tabs, repos) : undefined))
      .then(() => {
        started = true;
        return requestPersistence();
      })
      .catch((error: unknown) =>
        notify({ kind: "error", message: errorText("open your workspace", error) }),
      );
  void start();
  createEffect(
    on(
      revival,
      () => {
        notify({ message: "Storage is upgraded; Satchel is ready." });
        if (started) return;
        workspace = ensureWorkspace();
        void start();
      },
      { defer: true },
    ),
  );
  flushDraftsOnHide(() => host.tabs.flushDrafts());
  return host;
}
