/**
 * The app's toast queue: short messages at the bottom of the screen, optionally with one action
 * (e.g. "Undo"). Module-level so any command can notify without threading a context through.
 */
import { createSignal } from "solid-js";

/** One toast's action button. */
export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

/** What a caller hands to `notify`. */
export interface ToastInput {
  message: string;
  action?: ToastAction;
  kind?: "info" | "error";
}

/** A toast in the queue. */
export interface Toast extends ToastInput {
  id: number;
  kind: "info" | "error";
}

/** How long a toast stays before it dismisses itself (ms). Errors stay twice as long. */
export const TOAST_TIMEOUT_MS = 6000;
const MAX_TOASTS = 4;

const [toastList, setToastList] = createSignal<Toast[]>([]);
const timers = new Map<number, ReturnType<typeof setTimeout>>();
let nextId = 1;

/** The current toasts, oldest first. */
export const toasts = toastList;

/** Removes a toast (no-op when it is already gone). */
export function dismiss(id: number): void {
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
  setToastList((list) => list.filter((t) => t.id !== id));
}

/** Shows a toast and returns its id; it dismisses itself after a while. */
export function notify(input: ToastInput): number {
  const id = nextId++;
  const toast: Toast = { ...input, id, kind: input.kind ?? "info" };
  setToastList((list) => [...list, toast].slice(-MAX_TOASTS));
  const ms = toast.kind === "error" ? TOAST_TIMEOUT_MS * 2 : TOAST_TIMEOUT_MS;
  timers.set(
    id,
    setTimeout(() => dismiss(id), ms),
  );
  return id;
}

/** Runs a toast's action, then dismisses it. */
export async function runToastAction(id: number): Promise<void> {
  const toast = toastList().find((t) => t.id === id);
  dismiss(id);
  await toast?.action?.run();
}

/** Removes every toast (tests, and leaving the page). */
export function clearToasts(): void {
  for (const id of [...timers.keys()]) dismiss(id);
  setToastList([]);
}

/** Signature of `notify`, for commands that take it as a dependency. */
export type Notify = typeof notify;
