/** cURL command → Satchel Request, with warnings for whatever could not be applied. */
import type { Deps } from "../../factory";
import type { Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { buildRequest } from "./build";
import { collect } from "./collect";
import type { Shell } from "./tokenize";
import { tokenize } from "./tokenize";

export { looksLikeCurl } from "./looksLikeCurl";
export { detectShell, tokenize } from "./tokenize";
export type { Shell } from "./tokenize";

/** A parsed command: the request and what was ignored on the way. */
export interface ImportedCurl {
  request: Request;
  warnings: string[];
}

/** Parse a cURL command (bash or Windows cmd quoting) into a Request of `collectionId`. */
export function importCurl(
  text: string,
  deps: Deps,
  collectionId: Id,
  shell?: Shell,
): Result<ImportedCurl> {
  const words = tokenize(text.trim().replace(/^\$\s+/, ""), shell);
  if (!words.ok) return words;
  const [first, ...args] = words.value;
  if (!first || !/^curl(\.exe)?$/i.test(first)) {
    return err({ code: "CURL_NOT_A_COMMAND", message: "The text does not start with curl." });
  }
  const options = collect(args);
  if (!options.urls.length) {
    return err({ code: "CURL_NO_URL", message: "The cURL command has no URL." });
  }
  const request = buildRequest(options, deps, collectionId);
  return ok({ request, warnings: options.warnings });
}
