import { describe, expect, it } from "vitest";
import { makeSeededRandom } from "../clock";
import { loadCookieJar } from "../cookies/index";
import type { CookieJar } from "../cookies/types";
import type { Deps } from "../factory";
import { makeCollection, makeRequest } from "../factory";
import type { HttpRequest, RedirectHop, SendResult } from "../http/transport";
import { NO_CAPABILITIES } from "../http/transport";
import { makeScopes } from "../variables/scopes";
import { runItem } from "./runItem";
import type { FakeScript } from "./test/fakes";
import { fakeSandbox, fakeTransport } from "./test/fakes";

/** The real clock: tough-cookie stamps cookies with it (see core/cookies/toughJar.ts). */
const deps = (): Deps => ({
  clock: { now: () => performance.timeOrigin + performance.now() },
  random: makeSeededRandom(3),
});

function item(
  url: string,
  headers: [string, string][] = [],
  scripts = { prerequest: "", test: "" },
) {
  const d = deps();
  const collection = makeCollection(d, { workspaceId: "w", name: "C" });
  const request = makeRequest(d, {
    collectionId: collection.id,
    name: "R",
    url,
    headers: headers.map(([key, value]) => ({ key, value, enabled: true })),
    scripts,
  });
  return { request, ancestors: { collection, folders: [] }, scopes: makeScopes({}), deps: d };
}

/** A 200 whose headers are `headers`, after `redirects` (hops a redirect-following transport saw). */
const answer =
  (headers: [string, string][], redirects?: RedirectHop[]) =>
  (req: HttpRequest): SendResult => ({
    ok: true,
    response: {
      status: 200,
      statusText: "OK",
      headers,
      body: new Uint8Array(),
      timeMs: 1,
      url: redirects ? "http://b.test/end" : req.url,
      redirected: redirects !== undefined,
      ...(redirects ? { redirects } : {}),
    },
  });

const newJar = (): Promise<CookieJar> => loadCookieJar({ clock: deps().clock });
const cookieHeader = (req: HttpRequest | undefined) =>
  req?.headers.filter(([k]) => k.toLowerCase() === "cookie");

describe("the pipeline and the cookie jar", () => {
  it("sends the jar's cookies after the user's own Cookie header", async () => {
    const jar = await newJar();
    jar.store("http://a.test/", ["sid=1; Path=/", "other=2; Path=/elsewhere"]);
    const transport = fakeTransport(answer([]));
    const out = await runItem({
      ...item("http://a.test/x", [["Cookie", "u=9"]]),
      transport,
      cookies: { jar },
    });
    expect(cookieHeader(transport.sent[0]?.request)).toEqual([["Cookie", "u=9; sid=1"]]);
    // What was sent is what the request event and history show.
    expect(cookieHeader(out.http)).toEqual([["Cookie", "u=9; sid=1"]]);
  });

  it("keeps Set-Cookie of every redirect hop and the final response, each for its own URL", async () => {
    const jar = await newJar();
    const hops: RedirectHop[] = [
      {
        method: "GET",
        url: "http://a.test/login",
        status: 302,
        statusText: "Found",
        location: "http://b.test/end",
        headers: [["Set-Cookie", "hop=1; Path=/"]],
      },
    ];
    await runItem({
      ...item("http://a.test/login"),
      transport: fakeTransport(answer([["set-cookie", "final=2; Path=/"]], hops)),
      cookies: { jar },
    });
    expect(jar.list().map((c) => `${c.domain} ${c.key}`)).toEqual(["a.test hop", "b.test final"]);
  });

  it("adds and keeps nothing through a transport that cannot (fetch)", async () => {
    const jar = await newJar();
    jar.store("http://a.test/", ["sid=1"]);
    const transport = {
      ...fakeTransport(answer([["Set-Cookie", "new=1"]])),
      capabilities: NO_CAPABILITIES,
    };
    await runItem({ ...item("http://a.test/"), transport, cookies: { jar } });
    expect(cookieHeader(transport.sent[0]?.request)).toEqual([]);
    expect(jar.list().map((c) => c.key)).toEqual(["sid"]);
  });

  it("gives scripts the jar, pm.cookies for the answering URL in tests, and applies their changes before sending", async () => {
    const jar = await newJar();
    jar.store("http://a.test/", ["old=1"]);
    const setByScript: FakeScript = (_ctx, out) => {
      out.cookieChanges = [
        {
          kind: "put",
          cookie: { key: "fromScript", value: "s", domain: "a.test", path: "/", hostOnly: true },
        },
        { kind: "delete", id: { domain: "a.test", path: "/", key: "old" } },
      ];
    };
    const sandbox = fakeSandbox({ pre: setByScript });
    const transport = fakeTransport(answer([["Set-Cookie", "srv=2; HttpOnly"]]));
    await runItem({
      ...item("http://a.test/", [], { prerequest: "pre", test: "t" }),
      transport,
      sandbox,
      cookies: { jar, scriptDomains: ["a.test"] },
    });
    expect(cookieHeader(transport.sent[0]?.request)).toEqual([["Cookie", "fromScript=s"]]);
    const [pre, test] = sandbox.calls;
    expect(pre?.context.cookies).toEqual([]);
    expect(pre?.context.cookieJar?.cookies.map((c) => c.key)).toEqual(["old"]);
    expect(pre?.context.cookieJar?.allowedDomains).toEqual(["a.test"]);
    expect(test?.context.cookies?.map((c) => [c.name, c.httpOnly])).toEqual([
      ["fromScript", false],
      ["srv", true],
    ]);
    expect(test?.context.cookieJar?.cookies.map((c) => c.key)).toEqual(["fromScript", "srv"]);
  });

  it("without a jar, gives scripts no cookie context (pm.cookies falls back to Set-Cookie)", async () => {
    const sandbox = fakeSandbox({});
    await runItem({
      ...item("http://a.test/", [], { prerequest: "", test: "t" }),
      transport: fakeTransport(answer([["Set-Cookie", "x=1"]])),
      sandbox,
    });
    expect(sandbox.calls[0]?.context).not.toHaveProperty("cookies");
    expect(sandbox.calls[0]?.context).not.toHaveProperty("cookieJar");
  });
});
