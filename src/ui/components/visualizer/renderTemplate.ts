/**
 * Renders a `pm.visualizer.set` template with Handlebars 4 in the page. Handlebars is loaded
 * lazily (its own chunk) so the app shell does not grow. Each render uses a fresh environment
 * (`Handlebars.create()`) with the default runtime options, so prototype access such as
 * `{{constructor.constructor}}` stays blocked.
 * @see https://learning.postman.com/docs/tests-and-scripts/write-scripts/postman-sandbox-reference/pm-visualizer/
 */
import type Handlebars from "handlebars";

type HandlebarsModule = typeof Handlebars;
type CompileOptions = NonNullable<Parameters<HandlebarsModule["compile"]>[1]>;

/** The outcome of a render: HTML, or a message for a template that does not compile or run. */
export type RenderResult = { ok: true; html: string } | { ok: false; message: string };

/** Compile options a script may pass as `pm.visualizer.set`'s third argument. */
const ALLOWED_OPTIONS = [
  "noEscape",
  "strict",
  "assumeObjects",
  "preventIndent",
  "ignoreStandalone",
  "explicitPartialContext",
  "compat",
  "data",
] as const;

/** Keeps only the known boolean compile options of an untrusted options value. */
export function pickCompileOptions(options: unknown): CompileOptions {
  const picked: Record<string, boolean> = {};
  if (typeof options !== "object" || options === null) return picked;
  for (const key of ALLOWED_OPTIONS) {
    const value: unknown = Object.prototype.hasOwnProperty.call(options, key)
      ? (options as Record<string, unknown>)[key]
      : undefined;
    if (typeof value === "boolean") picked[key] = value;
  }
  return picked;
}

let loading: Promise<HandlebarsModule> | undefined;

/** Loads Handlebars once, on first use. */
function loadHandlebars(): Promise<HandlebarsModule> {
  loading ??= import("handlebars").then(
    (mod: HandlebarsModule & { default?: HandlebarsModule }) => mod.default ?? mod,
  );
  return loading;
}

/** Renders `template` with `data`; compile and runtime errors come back as a message. */
export async function renderTemplate(
  template: string,
  data: unknown,
  options?: unknown,
): Promise<RenderResult> {
  const handlebars = (await loadHandlebars()).create();
  try {
    const html = handlebars.compile(template, pickCompileOptions(options))(data);
    return { ok: true, html };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
