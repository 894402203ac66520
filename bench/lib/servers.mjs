// Starts the built app (vite preview) and the local test API for browser benchmarks, and a
// headless system Chromium (the same flags as the e2e config; nothing downloads a browser).
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../e2e/chromium.mjs";

export const APP = "http://127.0.0.1:4174";
export const API = "http://127.0.0.1:4181";

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${ms} ms`);
}

/** Starts both servers and the browser; call the returned `close` when done. */
export async function startBrowserBench() {
  const procs = [
    // Own process groups, so `close` ends `vite preview` too, not just the npx wrapper above it.
    spawn("npx", ["vite", "preview", "--port", "4174", "--strictPort", "--host", "127.0.0.1"], {
      stdio: "ignore",
      detached: true,
    }),
    spawn("node", ["e2e/server/testServer.mjs", "4181"], { stdio: "ignore", detached: true }),
  ];
  await Promise.all([waitFor(APP), waitFor(`${API}/health`)]);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  return {
    browser,
    async close() {
      await browser.close();
      for (const p of procs) {
        try {
          process.kill(-p.pid);
        } catch {
          p.kill();
        }
      }
    },
  };
}

/** Installs a long-task observer in the page; read it back with `longestTask(page)`. */
export const LONG_TASK_INIT = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
`;

/** The longest main-thread task since `since` was reset (ms), 0 when none over 50 ms. */
export async function longestTask(page) {
  return page.evaluate(() => Math.max(0, ...window.__longTasks));
}

/**
 * A fresh browser context on the built app, watching long tasks, with a new request tab open
 * (the demo collection stored first); close `context` when done.
 */
export async function openRequestTab(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_INIT);
  await page.goto(APP);
  await page.getByRole("treeitem", { name: "Satchel demo", exact: true }).waitFor();
  await page.getByRole("button", { name: "New request tab" }).click();
  return { context, page };
}
