// A Send keeps the workspace's cookies when its transport can (an agent): Set-Cookie goes into
// the stored jar and the next Send carries the cookie; through fetch, with no script that uses
// cookies, the jar is never opened.
import { createRoot } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { makeRequest } from "../../core/factory";
import type { HttpRequest, SendResult, TransportCapabilities } from "../../core/http/transport";
import { NO_CAPABILITIES } from "../../core/http/transport";
import { fakeTransport } from "../../core/pipeline/test/fakes";
import { makeCookiesService } from "./cookies";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { hostPorts } from "../testing/hostPorts";
import { onceQuery } from "../testing/onceQuery";
import { createSendStore } from "../stores/send";

const answer = (request: HttpRequest): SendResult => ({
  ok: true,
  response: {
    status: 200,
    statusText: "OK",
    headers: request.url.endsWith("/login") ? [["set-cookie", "session=abc; Path=/"]] : [],
    body: new Uint8Array(),
    timeMs: 1,
    url: request.url,
    redirected: false,
  },
});

function setup(capabilities?: TransportCapabilities) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  const transport = fakeTransport(answer);
  if (capabilities) Object.assign(transport, { capabilities });
  const cookies = makeCookiesService(fake.repos, onceQuery, async () => "ws");
  const open = vi.spyOn(cookies, "open");
  const store = createRoot(() =>
    createSendStore({
      ...hostPorts(fake.repos, deps),
      cookies,
      deps,
      transport,
      environment: () => undefined,
      globals: () => undefined,
      notify: () => 0,
    }),
  );
  const request = (path: string) =>
    makeRequest(deps, {
      collectionId: fx.collection.id,
      name: path,
      url: `http://api.test${path}`,
    });
  return { fake, transport, store, open, request };
}

const cookieHeader = (request: HttpRequest | undefined) =>
  request?.headers.find(([name]) => name.toLowerCase() === "cookie")?.[1];

describe("cookies on Send", () => {
  it("keeps Set-Cookie in the stored jar and sends it next time, when the transport can", async () => {
    const { fake, transport, store, request } = setup();
    await store.send("t1", request("/login"));
    expect((await fake.repos.cookies.list("ws")).map((c) => `${c.key}=${c.value}`)).toEqual([
      "session=abc",
    ]);
    await store.send("t1", request("/me"));
    expect(cookieHeader(transport.sent.at(-1)?.request)).toBe("session=abc");
  });

  it("never opens the jar through fetch when no script uses cookies", async () => {
    const { fake, store, open, request } = setup(NO_CAPABILITIES);
    await store.send("t1", request("/login"));
    expect(open).not.toHaveBeenCalled();
    expect(await fake.repos.cookies.list("ws")).toEqual([]);
  });
});
