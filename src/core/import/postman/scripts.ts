/** Postman `event` lists → our pre-request and test scripts (exec lines joined with "\n"). */
import type { Scripts } from "../../model";
import { at, clean, ImportFailure, isObject, list, object, text } from "./read";

/** Script source: `exec` is an array of lines or one string. */
function source(script: unknown, path: string): string {
  if (script === undefined || script === null) return "";
  if (typeof script === "string") return script;
  const o = object(script, path);
  const exec = o.exec;
  if (exec === undefined || exec === null) return "";
  if (typeof exec === "string") return exec;
  if (!Array.isArray(exec)) throw new ImportFailure(at(path, "exec"), "expected string or array");
  return exec.map((line, i) => text(line, at(at(path, "exec"), i))).join("\n");
}

/**
 * Convert `event`. Enabled prerequest/test events become code: the first of a kind in
 * `prerequest`/`test`, later ones of that kind in `more` (each runs as its own script, as in
 * Postman, so two can declare the same `const`). Every event is also kept verbatim, without its
 * code, in `extra.events` for export.
 */
export function importScripts(value: unknown, path: string): Scripts {
  const scripts: Scripts = { prerequest: "", test: "" };
  const kept: unknown[] = [];
  const seen = new Set<string>();
  list(value, path).forEach((entry, i) => {
    const p = at(path, i);
    const o = object(entry, p);
    const listen = text(o.listen, at(p, "listen"));
    const code = source(o.script, at(p, "script"));
    const run = o.disabled !== true && (listen === "prerequest" || listen === "test");
    if (run && !seen.has(listen)) scripts[listen] = code;
    else if (run) {
      scripts.more ??= {};
      (scripts.more[listen] ??= []).push(code);
    }
    if (run) seen.add(listen);
    const copy = clean(o) as Record<string, unknown>;
    if (run && isObject(copy.script)) {
      const { exec: _exec, ...script } = copy.script;
      copy.script = script;
    }
    kept.push(copy);
  });
  if (kept.length) scripts.extra = { events: kept };
  return scripts;
}
