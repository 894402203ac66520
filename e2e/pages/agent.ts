// The local agent as a user runs it (`satchel agent` from this checkout's bin), and the parts of
// the app that talk to it: the header's "Send through" picker, the Connections dialog, the
// response area's transport note and its Timing / Redirects / Headers tabs.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";

const BIN = fileURLToPath(new URL("../../bin/satchel.mjs", import.meta.url));
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
const CODE = /(?:Pairing code:|The code for the next one:) ([A-Z0-9]{4}-[A-Z0-9]{4})/g;

/** A running `satchel agent`: its address and the pairing codes it prints. */
export interface AgentProcess {
  /** Where it listens, e.g. http://127.0.0.1:41283. */
  url: string;
  /**
   * The code that pairs now, waiting for the agent to print a fresh one when the last was handed
   * out already (each code works once; the agent prints the next after a pairing).
   */
  nextCode(timeoutMs?: number): Promise<string>;
  /** Everything it printed so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
}

/** Resolves when `test()` holds after some output (checked at once and on each chunk). */
function waitForOutput(
  child: ChildProcess,
  test: () => boolean,
  timeoutMs: number,
  what: () => string,
): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", check);
      child.off("exit", exited);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (test()) done();
    };
    const exited = (code: number | null) =>
      done(new Error(`satchel agent exited (${code}) before ${what()}`));
    const timer = setTimeout(
      () => done(new Error(`no ${what()} from satchel agent in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout?.on("data", check);
    child.on("exit", exited);
  });
}

/**
 * Starts `satchel agent --port 0` (a free port: the stress run and other agents on this machine
 * cannot collide with it), accepting pages from `appOrigin`; resolves once it printed its address
 * and first pairing code. The first start in a checkout bundles the CLI, hence the long timeout.
 */
export async function startAgentProcess(
  appOrigin: string,
  timeoutMs = 60_000,
): Promise<AgentProcess> {
  const child = spawn(
    process.execPath,
    [BIN, "agent", "--port", "0", "--allow-origin", appOrigin],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (text: string) => (out += text));
  child.stderr.on("data", (text: string) => (err += text));
  const codes = () => [...out.matchAll(CODE)].map((m) => m[1] as string);
  const output = () => `stdout:\n${out}\nstderr:\n${err}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitForOutput(
      child,
      () => LISTENING.test(out) && codes().length > 0,
      timeoutMs,
      () => `its address and pairing code (${output()})`,
    );
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  const url = LISTENING.exec(out)?.[1] as string;
  const handedOut = new Set<string>();
  return {
    url,
    output,
    async nextCode(wait = 15_000) {
      const fresh = () => {
        const last = codes().at(-1);
        return last !== undefined && !handedOut.has(last);
      };
      await waitForOutput(child, fresh, wait, () => `a new pairing code (${output()})`);
      const code = codes().at(-1) as string;
      handedOut.add(code);
      return code;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The header's transport picker, the Connections dialog and what the response area says. */
export class TransportPage {
  constructor(readonly page: Page) {}

  picker() {
    return this.page.getByRole("combobox", { name: "Send through" });
  }

  connections() {
    return this.page.getByRole("dialog", { name: "Connections" });
  }

  /** "Sent through …; it could not see …", and the agent's command after a fetch failure. */
  note() {
    return this.page.getByRole("note", { name: "Transport" });
  }

  /** Opens Connections from the header. */
  async openConnections() {
    await this.page.getByRole("button", { name: "Connections…" }).click();
    await expect(this.connections()).toBeVisible();
  }

  /**
   * Pairs in the open Connections dialog: the agent's address and code typed (or left as a
   * pairing link filled them), Pair, then waits for "Paired and running." and closes it.
   */
  async pair(agentUrl?: string, code?: string) {
    const dialog = this.connections();
    if (agentUrl !== undefined)
      await dialog.getByRole("textbox", { name: "Agent address" }).fill(agentUrl);
    if (code !== undefined) await dialog.getByRole("textbox", { name: "Pairing code" }).fill(code);
    await dialog.getByRole("button", { name: "Pair", exact: true }).click();
    await expect(dialog.getByRole("status")).toHaveText("Paired and running.");
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the app at a pairing link (the fragment the agent prints), so Connections opens filled. */
  async openPairingLink(agentUrl: string, code: string) {
    const hash = `#pair=${encodeURIComponent(code)}&agent=${encodeURIComponent(agentUrl)}`;
    await this.page.goto(`/${hash}`);
    await expect(this.connections()).toBeVisible();
    await expect(this.connections().getByRole("textbox", { name: "Agent address" })).toHaveValue(
      agentUrl,
    );
    // The link's code is shown normalized: upper case, without the dash.
    await expect(this.connections().getByRole("textbox", { name: "Pairing code" })).toHaveValue(
      code.replace(/-/g, "").toUpperCase(),
    );
  }

  /** Selects a response tab (Body, Headers, Timing, Redirects …) by name. */
  async responseTab(name: string) {
    const tab = this.page
      .getByRole("region", { name: "Response" })
      .getByRole("tab", { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }
}

/** A long-task observer for page.addInitScript; read it back with {@link longTasksBetween}. */
export const LONG_TASK_INIT = `
  window.__longTasks = [];
  window.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  });
  window.__longTaskObserver.observe({ type: "longtask", buffered: true });
`;

/** The page's clock (performance.now()), to mark when a measured stretch starts. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Starts watching for the response status to read `text`; {@link statusShown} then waits for it
 * and gives the page's clock when it showed. A MutationObserver reports within the task that
 * rendered the status, so the moment does not depend on how often the test polls — and the test
 * need not poll at all: a polling `expect` computes an accessibility snapshot of the page on each
 * miss, 50–250 ms main-thread tasks of the harness's own that a long-task bound would count.
 */
export function watchStatus(page: Page, text: string): Promise<void> {
  return page.evaluate((want) => {
    const w = window as unknown as { __statusShown?: Promise<number> };
    const shows = () =>
      document.querySelector('[data-testid="response-status"]')?.textContent?.trim() === want;
    w.__statusShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shows()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, text);
}

/** When the status {@link watchStatus} waits for first showed (page clock); fails after `ms`. */
export function statusShown(page: Page, ms = 30_000): Promise<number> {
  return page.evaluate(
    (limit) =>
      Promise.race([
        (window as unknown as { __statusShown: Promise<number> }).__statusShown,
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error(`the status did not show within ${limit} ms`)), limit),
        ),
      ]),
    ms,
  );
}

/**
 * Durations (ms) of the main-thread tasks over 50 ms that ran between `from` and `to` (page
 * clock; `to` absent: now), including records the observer holds but has not delivered yet.
 */
export function longTasksBetween(page: Page, from: number, to?: number): Promise<number[]> {
  return page.evaluate(
    ([start, end]) => {
      const w = window as unknown as {
        __longTasks: [number, number][];
        __longTaskObserver: PerformanceObserver;
      };
      for (const e of w.__longTaskObserver.takeRecords())
        w.__longTasks.push([e.startTime, e.duration]);
      return w.__longTasks
        .filter(([at, d]) => at + d > start && (end === null || at < end))
        .map(([, d]) => d);
    },
    [from, to ?? null] as const,
  );
}
