/** Seeded mutations of importer inputs for the fuzz tests: structural (JSON values) and textual. */
import type { RandomSource } from "../../clock";

type Node = Record<string, unknown> | unknown[];

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null;

/** Every container in `root` with a key of it, so one can be replaced or deleted. */
function slots(root: unknown): { parent: Node; key: string | number }[] {
  const out: { parent: Node; key: string | number }[] = [];
  const walk = (v: unknown, depth: number) => {
    if (!isNode(v) || depth > 40) return;
    if (Array.isArray(v)) {
      v.forEach((child, i) => {
        out.push({ parent: v, key: i });
        walk(child, depth + 1);
      });
    } else {
      for (const [k, child] of Object.entries(v)) {
        out.push({ parent: v, key: k });
        walk(child, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}

const int = (rnd: RandomSource, n: number) => Math.floor(rnd.next() * n);
const pick = <T>(rnd: RandomSource, xs: readonly T[]): T => xs[int(rnd, xs.length)]!;

/** An object whose own keys are `__proto__` / `constructor` (as JSON.parse makes them). */
const PROTO = () =>
  JSON.parse(
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  ) as unknown;

function nest(value: unknown, depth: number, asArray: boolean): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { item: v };
  return v;
}

/** A replacement value of a random kind. */
function junk(rnd: RandomSource, old: unknown, other: unknown): unknown {
  switch (int(rnd, 12)) {
    case 0:
      return null;
    case 1:
      return pick(rnd, [0, -1, 1.5, 1e308, 404, -0]);
    case 2:
      return [];
    case 3:
      return [old];
    case 4:
      return "x".repeat(1000 + int(rnd, 9000));
    case 5:
      return PROTO();
    case 6:
      return pick(rnd, ["", " ", "{{", "<<x>>", "{{ _.a }}", "\u0000", "é€😀", "%zz", ":id"]);
    case 7:
      return {};
    case 8:
      return nest(old, 20 + int(rnd, 200), rnd.next() < 0.5);
    case 9:
      return other;
    case 10:
      return rnd.next() < 0.5;
    default:
      return typeof old === "string" ? old.slice(0, int(rnd, old.length + 1)) : String(old);
  }
}

const copy = (v: unknown): unknown =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);

/** 1–3 structural mutations of a deep copy of `value` (inputs stay under about 1 MB). */
export function mutateJson(value: unknown, rnd: RandomSource): unknown {
  const root = { root: copy(value) };
  const n = 1 + int(rnd, 3);
  for (let i = 0; i < n; i++) {
    const all = slots(root);
    const s = pick(rnd, all);
    const other = pick(rnd, all);
    // Copies, so a value swapped into its own subtree cannot make a cycle.
    const old = copy((s.parent as Record<string | number, unknown>)[s.key]);
    const otherValue = copy((other.parent as Record<string | number, unknown>)[other.key]);
    if (rnd.next() < 0.2 && s.key !== "root") {
      if (Array.isArray(s.parent)) s.parent.splice(Number(s.key), 1);
      else delete s.parent[s.key as string];
    } else {
      (s.parent as Record<string | number, unknown>)[s.key] = junk(rnd, old, otherValue);
    }
    if (JSON.stringify(root).length > 1_000_000) break;
  }
  return root.root;
}

/** Truncate, drop, duplicate or insert random bytes in `text`. */
export function mutateText(text: string, rnd: RandomSource): string {
  const at = int(rnd, text.length + 1);
  switch (int(rnd, 5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + int(rnd, 20));
    case 2: {
      const bytes = Array.from({ length: 1 + int(rnd, 8) }, () =>
        String.fromCharCode(int(rnd, 256)),
      );
      return text.slice(0, at) + bytes.join("") + text.slice(at);
    }
    case 3:
      return (
        text.slice(0, at) +
        pick(rnd, ['"', "'", "\\", "{", "]", "^", "\n", "`", "$("]) +
        text.slice(at)
      );
    default:
      return text.slice(0, at) + text.slice(int(rnd, text.length + 1));
  }
}
