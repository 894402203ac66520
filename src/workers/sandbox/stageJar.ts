/**
 * The cookie jar one stage's scripts work on (host side): made from the context's snapshot the
 * first time a script needs it (tough-cookie loads then, not before), it runs `pm.cookies.jar()`
 * calls one after another with Postman's semantics, gives `pm.sendRequest` requests their
 * cookies and keeps their Set-Cookie headers (as Newman's shared requester does), and collects
 * what changed for the pipeline to apply to the real jar. A guest only ever sends operations:
 * what a cookie may be and where it may go is decided here, by tough-cookie's rules and the
 * allow-list.
 */
import type { Clock } from "../../core/clock";
import { domainAllowList, loadCookieJar, responsesOf, runJarOp } from "../../core/cookies/index";
import { asJarOp, setCookiesOf, withCookieHeader } from "../../core/cookies/index";
import type { CookieChange, CookieJar, JarOpResult } from "../../core/cookies/index";
import type { HttpRequest, SendResult, TransportCapabilities } from "../../core/http/transport";
import type { SandboxContext } from "../../core/sandbox/types";

/** See the file header. */
export interface StageJar {
  /** Runs one jar call (the guest's JSON); never rejects. */
  run(json: string): Promise<JarOpResult>;
  /** Sends a script's request through `send` with the jar's cookies, keeping what it sets. */
  send(request: HttpRequest, send: (r: HttpRequest) => Promise<SendResult>): Promise<SendResult>;
  /** The changes so far, oldest first (each returned once). */
  takeChanges(): CookieChange[];
}

/** Longest jar call a script may send (a 4 KB cookie with its attributes fits many times). */
export const MAX_JAR_CALL_BYTES = 64 * 1024;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A stage jar over `snapshot`; `capabilities` say whether script requests carry cookies. */
export function makeStageJar(
  snapshot: NonNullable<SandboxContext["cookieJar"]>,
  clock: Clock,
  capabilities: TransportCapabilities | undefined,
): StageJar {
  let loaded: Promise<CookieJar> | undefined;
  const allow = domainAllowList(snapshot.allowedDomains);
  const changes: CookieChange[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `fn` on the jar after every earlier call, then collects what it changed. */
  function serial<T>(fn: (jar: CookieJar) => T): Promise<T> {
    const next = queue.then(async () => {
      const jar = await (loaded ??= loadCookieJar({ clock, cookies: snapshot.cookies }));
      try {
        return fn(jar);
      } finally {
        changes.push(...jar.takeChanges());
      }
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    run(json) {
      if (json.length > MAX_JAR_CALL_BYTES)
        return Promise.resolve({
          ok: false,
          error: `pm.cookies.jar(): a call may send at most ${MAX_JAR_CALL_BYTES / 1024} KiB`,
        });
      let op;
      try {
        op = asJarOp(JSON.parse(json));
      } catch {
        op = undefined;
      }
      if (!op)
        return Promise.resolve({ ok: false, error: "pm.cookies.jar(): not a cookie jar call" });
      const call = op;
      return serial((jar) => runJarOp(jar, call, allow)).catch((e: unknown): JarOpResult => ({
        ok: false,
        error: messageOf(e),
      }));
    },
    async send(request, send) {
      const out = capabilities?.anyHeader
        ? await serial((jar) => ({
            ...request,
            headers: withCookieHeader(request.headers, jar.cookiesFor(request.url)),
          }))
        : request;
      const result = await send(out);
      if (result.ok && capabilities?.seesSetCookie) {
        const answers = responsesOf(out, result.response);
        await serial((jar) => {
          for (const a of answers) jar.store(a.url, setCookiesOf(a.headers));
        });
      }
      return result;
    },
    takeChanges() {
      return changes.splice(0);
    },
  };
}
