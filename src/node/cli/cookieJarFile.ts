/**
 * `satchel run --cookie-jar FILE` and `--export-cookie-jar FILE`: the run's cookie jar read from
 * and written to Newman's format (tough-cookie's serialized jar, see core/cookies/types.ts).
 * Without `--cookie-jar` the run starts with an empty jar, as Newman does.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { Clock } from "../../core/clock";
import { loadCookieJar, parseCookieJarFile } from "../../core/cookies/index";
import type { CookieJar } from "../../core/cookies/types";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

/** The run's jar: from `path` when given (a file that is not a jar is an error), else empty. */
export async function openRunJar(
  path: string | undefined,
  clock: Clock,
): Promise<Result<CookieJar>> {
  if (path === undefined) return ok(await loadCookieJar({ clock }));
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return err({
      code: "FILE_UNREADABLE",
      message: `unable to read the cookie jar file "${path}" (${(e as Error).message})`,
    });
  }
  const parsed = parseCookieJarFile(text);
  if (!parsed.ok) return err({ ...parsed.error, message: `${path}: ${parsed.error.message}` });
  return ok(await loadCookieJar({ clock, cookies: parsed.value.cookies }));
}

/** Writes the jar to `path` as Newman does (two-space JSON). */
export async function writeRunJar(path: string, jar: CookieJar): Promise<void> {
  await writeFile(path, JSON.stringify(jar.serialize(), null, 2));
}
