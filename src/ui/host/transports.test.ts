// The header's transport choice: Auto sends through the local agent once it is paired and
// answering, else through the browser; a pairing that fails says why; the choice and the
// pairing survive a reload; an agent that stops answering sends Auto back to the browser.
import { createRoot } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import { fakeTransport } from "../../core/pipeline/test/fakes";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeTestDeps } from "../testing/fixtures";
import { createTransportSwitch } from "./transports";

/** A stand-in agent: pairs code "ABCD-1234", then answers hello while `running`. */
function fakeAgent() {
  const state = { running: true, calls: [] as string[] };
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    state.calls.push(new URL(url).pathname);
    if (!state.running) throw new TypeError("Failed to fetch");
    if (url.endsWith("/v1/pair")) {
      const { code } = JSON.parse(String(init.body)) as { code: string };
      return code === "ABCD-1234"
        ? Response.json({ token: "t0k3n" })
        : Response.json(
            { error: { code: "PAIRING_REFUSED", message: "That pairing code is wrong." } },
            { status: 403 },
          );
    }
    const auth = new Headers(init.headers).get("authorization");
    return auth === "Bearer t0k3n"
      ? Response.json({ name: "satchel-agent", protocol: 1, mode: "agent" })
      : Response.json(
          { error: { code: "TOKEN_REFUSED", message: "Wrong token." } },
          { status: 401 },
        );
  });
  return { state, fetch };
}

function setup(repos = makeFakeRepos(makeTestDeps()).repos, agent = fakeAgent()) {
  const browser = fakeTransport();
  const sw = createRoot(() =>
    createTransportSwitch({ repos, fetchTransport: browser, fetch: agent.fetch }),
  );
  return { sw, repos, agent, browser };
}

const AGENT = "http://127.0.0.1:7766";

describe("transport switch", () => {
  it("Auto sends through the browser until an agent is paired, then through the agent", async () => {
    const { sw } = setup();
    await vi.waitFor(() => expect(sw.agentStatus()).toBe("unpaired"));
    expect(sw.current()).toMatchObject({ name: "fetch", label: "Browser (fetch)" });
    expect(await sw.pair(AGENT, "ABCD-1234")).toEqual({ ok: true });
    expect(sw.agentStatus()).toBe("running");
    expect(sw.current()).toMatchObject({ name: "agent", label: "Local agent" });
    expect(sw.transport.capabilities.seesSetCookie).toBe(true);
  });

  it("says why a pairing failed and keeps sending through the browser", async () => {
    const { sw } = setup();
    const r = await sw.pair(AGENT, "WRONG-0000");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain("pairing code is wrong");
    expect(sw.current().name).toBe("fetch");
  });

  it("keeps the choice and the pairing for the next start", async () => {
    const first = setup();
    await first.sw.pair(AGENT, "ABCD-1234");
    await first.sw.setChoice("agent");
    const again = setup(first.repos, first.agent);
    await vi.waitFor(() => expect(again.sw.agentStatus()).toBe("running"));
    expect(again.sw.settings()).toMatchObject({ choice: "agent", agent: { url: AGENT } });
    expect(again.sw.current().name).toBe("agent");
  });

  it("falls back to the browser when the paired agent stops answering", async () => {
    const { sw, agent } = setup();
    await sw.pair(AGENT, "ABCD-1234");
    agent.state.running = false;
    expect(await sw.check()).toBe("unreachable");
    expect(sw.current().name).toBe("fetch");
    await sw.unpair();
    expect(sw.settings().agent).toBeUndefined();
  });

  it("a collection's own choice wins over the header's", async () => {
    const { sw, browser } = setup();
    await sw.pair(AGENT, "ABCD-1234");
    expect(sw.current().name).toBe("agent");
    expect(sw.current("fetch").name).toBe("fetch");
    await sw.transportFor("fetch").send({ method: "GET", url: "http://api.test/", headers: [] });
    expect(browser.sent).toHaveLength(1);
  });
});
