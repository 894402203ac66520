/**
 * A console argument the sandbox sent with its type (ConsoleValue) back as the JavaScript value
 * Newman's cli reporter hands util.inspect: postman-sandbox sends arguments through
 * teleport-javascript, so objects arrive as plain objects (cycles kept), errors as
 * `{ type: 'Error', name, message }`, dates, regular expressions and bigints as themselves.
 * @see node_modules/postman-sandbox/lib/sandbox/console.js
 */
import { inspect } from "node:util";
import type { ConsoleValue } from "../../core/sandbox/types";

/** Shown as its text, unquoted (symbols, and what the sandbox cut at its size cap). */
class Verbatim {
  constructor(readonly text: string) {}
  [inspect.custom](): string {
    return this.text;
  }
}

const CUT = new Verbatim("[…]");
/** The longest array JavaScript allows (a Proxy may claim any length). */
const MAX_LENGTH = 2 ** 32 - 1;

/** Sets `key` as an own property even when it is "__proto__". */
function setOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** The value `v` stands for, with objects and arrays met again (`ref`) as the same object. */
export function toInspectable(v: ConsoleValue, refs = new Map<number, unknown>()): unknown {
  switch (v.t) {
    case "string":
    case "boolean":
      return v.v;
    case "number":
      return typeof v.v === "number" ? v.v : Number(v.v);
    case "null":
      return null;
    case "undefined":
      return undefined;
    case "bigint":
      return /^-?\d+$/.test(v.v) ? BigInt(v.v) : new Verbatim(v.v);
    case "symbol":
      return new Verbatim(v.v);
    case "date":
      return new Date(v.v === "Invalid Date" ? Number.NaN : v.v);
    case "regexp": {
      const m = /^\/(.*)\/([a-z]*)$/s.exec(v.v);
      try {
        return m ? new RegExp(m[1]!, m[2]) : new Verbatim(v.v);
      } catch {
        return new Verbatim(v.v);
      }
    }
    case "error":
      return { type: "Error", name: v.name, message: v.message };
    case "ref":
      return refs.has(v.id) ? refs.get(v.id) : CUT;
    case "cut":
      return CUT;
    case "array": {
      const out: unknown[] = [];
      refs.set(v.id, out);
      for (const item of v.items) out.push(toInspectable(item, refs));
      // Items past those sent only show as a count ("... 20 more items").
      if (v.more) out.length = Math.min(MAX_LENGTH, out.length + v.more);
      return out;
    }
    case "object": {
      const out: Record<string, unknown> = {};
      refs.set(v.id, out);
      for (const [key, value] of v.entries) setOwn(out, key, toInspectable(value, refs));
      return out;
    }
  }
}
