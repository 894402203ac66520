/**
 * Code for a request in one of CODE_LANGUAGES. httpsnippet-lite is imported on first use, so it
 * stays out of the app shell; `{{variables}}` are masked around it (see core/codegen/mask.ts).
 */
import type { HTTPSnippet } from "httpsnippet-lite";
import { toHarRequest } from "../../../core/codegen/har";
import { codeLanguage } from "../../../core/codegen/languages";
import { maskVariables } from "../../../core/codegen/mask";
import type { HttpRequest } from "../../../core/http/transport";

let library: Promise<{ HTTPSnippet: typeof HTTPSnippet }> | undefined;

/** The generated source for `http` in language `languageId` (rejects when the library fails). */
export async function generateCode(languageId: string, http: HttpRequest): Promise<string> {
  const language = codeLanguage(languageId);
  const masked = maskVariables(http);
  if ("own" in language.source) return masked.unmask(language.source.own(masked.http));
  const { target, client } = language.source;
  const { HTTPSnippet: Snippet } = await (library ??= import("httpsnippet-lite"));
  const snippet = new Snippet(toHarRequest(masked.http));
  const code = await snippet.convert(target as never, client as never);
  const text = Array.isArray(code) ? code.join("\n\n") : (code ?? "");
  return masked.unmask(text.trimEnd()) + "\n";
}
