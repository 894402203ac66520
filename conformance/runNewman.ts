/**
 * The reference side: run a fixture with Newman 6.2.2, programmatically with no reporters, and
 * record each executed item (iteration, sent, assertions, console output, script errors), plus
 * the final environment and globals.
 */
import { createRequire } from "node:module";
import type { Fixture, Observation, ObservedExecution } from "./types";
import { consoleText, echoedTarget, emptyExecution } from "./types";

/** The slice of Newman's (untyped) API the harness uses. */
interface NewmanItem {
  id: string;
  name: string;
}
interface NewmanEmitter {
  on(event: string, listener: (err: unknown, args: Record<string, unknown>) => void): NewmanEmitter;
}
interface NewmanScope {
  values: { all(): { key: string; value: unknown; disabled?: boolean }[] };
}
interface NewmanModule {
  run(options: Record<string, unknown>): NewmanEmitter;
}

/** A scope's enabled variables (toObject() would include disabled ones, which no script sees). */
function enabledValues(scope: NewmanScope): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of scope.values.all()) if (v.disabled !== true) out[v.key] = v.value;
  return out;
}

const newman = createRequire(import.meta.url)("newman") as NewmanModule;

/** The message of whatever Newman reports as an error. */
const messageOf = (e: unknown): string =>
  e && typeof e === "object" && "message" in e
    ? String((e as { message: unknown }).message)
    : String(e);

/** Run `fixture` with Newman and observe it. */
export function runNewman(fixture: Fixture): Promise<Observation> {
  const executions: ObservedExecution[] = [];
  // Newman runs items one at a time: events belong to the item most recently begun.
  let currentId: unknown;
  const current = () => executions.at(-1) ?? emptyExecution("", -1);
  const { iterations, bail } = fixture.options;
  return new Promise((resolve, reject) => {
    newman
      .run({
        collection: fixture.collection,
        environment: fixture.environment,
        globals: fixture.globals,
        ...(fixture.dataFile ? { iterationData: fixture.dataFile } : {}),
        ...(iterations ? { iterationCount: iterations } : {}),
        ...(bail ? { bail: true } : {}),
        reporters: [],
      })
      .on("beforeItem", (_e, a) => {
        const item = a.item as NewmanItem;
        currentId = item.id;
        executions.push(emptyExecution(item.name, (a.cursor as { iteration: number }).iteration));
      })
      .on("request", (e, a) => {
        // pm.sendRequest raises this event too, for an item of its own.
        if (!e && (a.item as NewmanItem | undefined)?.id === currentId) {
          current().sent = true;
          const target = echoedTarget((a.response as { stream?: Uint8Array } | undefined)?.stream);
          if (target !== undefined) current().target = target;
        }
      })
      .on("assertion", (_e, a) => {
        const error = a.error ? messageOf(a.error) : undefined;
        current().assertions.push({
          name: String(a.assertion),
          passed: !a.error,
          skipped: a.skipped === true,
          ...(error !== undefined ? { error } : {}),
        });
      })
      .on("console", (_e, a) => {
        const messages = Array.isArray(a.messages) ? a.messages : [];
        current().console.push({
          level: String(a.level),
          text: messages.map(consoleText).join(" "),
        });
      })
      .on("exception", (_e, a) => {
        current().scriptErrors.push(messageOf(a.error));
      })
      .on("done", (e, summary) => {
        if (e) return reject(e instanceof Error ? e : new Error(messageOf(e)));
        resolve({
          executions,
          environment: enabledValues(summary.environment as NewmanScope),
          globals: enabledValues(summary.globals as NewmanScope),
        });
      });
  });
}
