import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { makeCollection, makeRequest } from "../factory";
import { headerValue } from "../http/headers";
import type { HttpRequest, SendResult } from "../http/transport";
import type { Auth } from "../model";
import { makeScopes } from "../variables/scopes";
import { runItem } from "./runItem";
import { fakeTransport } from "./test/fakes";

const deps = (): Deps => ({
  clock: makeFixedClock(1_700_000_000_000),
  random: makeSeededRandom(3),
});

function item(auth: Auth) {
  const d = deps();
  const collection = makeCollection(d, { workspaceId: "w", name: "C" });
  const request = makeRequest(d, {
    collectionId: collection.id,
    name: "R",
    url: "http://api.test/dir/index.html?x=1",
    auth,
  });
  return { request, ancestors: { collection, folders: [] }, scopes: makeScopes({}), deps: d };
}

const respond = (status: number, headers: [string, string][] = []): SendResult => ({
  ok: true,
  response: {
    status,
    statusText: "",
    headers,
    body: new Uint8Array(0),
    timeMs: 1,
    url: "http://api.test/dir/index.html?x=1",
    redirected: false,
  },
});

const digest = (extra: Record<string, string> = {}): Auth => ({
  type: "digest",
  attributes: Object.entries({ username: "Mufasa", password: "Circle of Life", ...extra }).map(
    ([key, value]) => ({ key, value, type: "string" }),
  ),
});

describe("auth in the pipeline", () => {
  it("answers a Digest challenge once and shows scripts the second answer", async () => {
    const challenge =
      'Digest realm="testrealm@host.com", qop="auth", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"';
    const transport = fakeTransport((req: HttpRequest) =>
      headerValue(req.headers, "authorization")
        ? respond(200)
        : respond(401, [["WWW-Authenticate", challenge]]),
    );
    const result = await runItem({ ...item(digest()), transport });
    expect(transport.sent).toHaveLength(2);
    expect(headerValue(transport.sent[0]!.request.headers, "authorization")).toBeUndefined();
    const answer = headerValue(transport.sent[1]!.request.headers, "authorization") ?? "";
    expect(answer).toMatch(/^Digest /);
    expect(answer).toContain('username="Mufasa"');
    expect(answer).toContain('uri="/dir/index.html?x=1"');
    expect(result.http).toBe(transport.sent[1]!.request);
    expect(result.result?.ok && result.result.response.status).toBe(200);
  });

  it("does not retry when the scheme says not to, nor more than once", async () => {
    const challenge = 'Digest realm="r", nonce="n"';
    const transport = fakeTransport(() => respond(401, [["WWW-Authenticate", challenge]]));
    await runItem({ ...item(digest({ disableRetryRequest: "true" })), transport });
    expect(transport.sent).toHaveLength(1);
    const again = fakeTransport(() => respond(401, [["WWW-Authenticate", challenge]]));
    await runItem({ ...item(digest()), transport: again });
    expect(again.sent).toHaveLength(2);
  });

  it("says why when the browser hides the challenge", async () => {
    const transport = fakeTransport(() => respond(401));
    const hidden = {
      ...transport,
      name: "fetch",
      capabilities: { ...transport.capabilities, anyHeader: false },
    };
    const result = await runItem({ ...item(digest()), transport: hidden });
    expect(transport.sent).toHaveLength(1);
    expect(result.warnings.join(" ")).toMatch(
      /WWW-Authenticate\) is hidden from fetch.*Access-Control-Expose-Headers.*agent/,
    );
  });

  it("does not send when a scheme fails, and names the problem", async () => {
    const transport = fakeTransport();
    const result = await runItem({ ...item({ type: "asap", attributes: [] }), transport });
    expect(transport.sent).toHaveLength(0);
    expect(result.buildError?.code).toBe("AUTH_UNSUPPORTED");
    expect(result.buildError?.message).toMatch(/asap auth is not supported/);
  });
});
