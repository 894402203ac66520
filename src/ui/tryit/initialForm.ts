/**
 * The form a panel starts with: the core's prefill (server variables' defaults, required and
 * exemplified parameters, the preferred media type's example), the author's default server and
 * preset credentials, and what the reader chose to remember on this site.
 */
import { prefillInput } from "../../core/tryit/prefill";
import type { AuthValue } from "../../core/tryit/securityTypes";
import type { TryItOperation } from "../../core/tryit/types";
import type { FormValues } from "./formState";
import { asText, bodyText, fieldTexts, firstMedia, paramKey, paramKind } from "./formState";

/** The server the `server` attribute names: an index, or a URL (one of the list, or the author's). */
export function pickServer(op: TryItOperation, server: string | undefined): FormValues["server"] {
  const variables = (index: number) =>
    Object.fromEntries(
      Object.entries(op.servers[index]?.variables ?? {}).map(([k, v]) => [k, v.default]),
    );
  if (server === undefined || server === "") return { index: 0, variables: variables(0) };
  if (/^\d+$/.test(server) && Number(server) < op.servers.length) {
    return { index: Number(server), variables: variables(Number(server)) };
  }
  const found = op.servers.findIndex((s) => s.url === server);
  if (found >= 0) return { index: found, variables: variables(found) };
  return { index: -1, url: server, variables: {} };
}

/** The starting form for `op`. */
export function initialForm(
  op: TryItOperation,
  server: string | undefined,
  auth: Record<string, AuthValue>,
): FormValues {
  const prefill = prefillInput(op);
  const params: FormValues["params"] = {};
  for (const p of op.parameters) {
    const value = prefill.parameters?.[p.in]?.[p.name];
    if (value === undefined) continue;
    params[paramKey(p)] =
      paramKind(p) === "boolean" ? value === true || value === "true" : asText(value);
  }
  const media = firstMedia(op);
  return {
    server: pickServer(op, server),
    params,
    ...(media ? { mediaType: media.mediaType } : {}),
    bodyText: media && !media.fields && !media.file ? bodyText(media) : "",
    fields: fieldTexts(media),
    files: {},
    auth: { ...auth },
    ...(op.security.chosen !== undefined ? { security: op.security.chosen } : {}),
  };
}
