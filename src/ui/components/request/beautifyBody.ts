/**
 * "Beautify" for a raw JSON or XML request body: the format worker pretty-prints it (the same
 * printers as the response viewer, off the main thread) and the text comes back whole.
 */
import type { RawLanguage } from "../../../core/model";
import type { Result } from "../../../core/result";
import type { FormatClient } from "../../../workers/format/types";

/** The languages Beautify knows, with the content type the worker reads them as. */
const TYPES: Partial<Record<RawLanguage, { type: string; name: string }>> = {
  json: { type: "application/json", name: "valid JSON" },
  xml: { type: "application/xml", name: "well-formed XML" },
};

/** Whether Beautify applies to a raw body in this language. */
export const canBeautify = (language: RawLanguage) => TYPES[language] !== undefined;

let next = 0;

/** The body pretty-printed, or why not (in words a user reads). Never throws. */
export async function beautifyBody(
  client: FormatClient,
  text: string,
  language: RawLanguage,
): Promise<Result<string, string>> {
  const known = TYPES[language];
  if (!known) return { ok: false, error: "Only JSON and XML bodies can be beautified." };
  const id = `beautify-${++next}`;
  try {
    const opened = await client.open(id, new TextEncoder().encode(text), known.type);
    if (!opened.ok) return { ok: false, error: opened.error.message };
    if (!opened.value.prettyOk) return { ok: false, error: `The body is not ${known.name}.` };
    const pretty = await client.text(id, "pretty");
    return pretty.ok
      ? { ok: true, value: pretty.value }
      : { ok: false, error: pretty.error.message };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    void client.close(id).catch(() => undefined);
  }
}
