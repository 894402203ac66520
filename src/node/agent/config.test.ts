/** `satchel agent` flags, the token file, the target rules and the rate limits. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ORIGINS, DEFAULT_AGENT_PORT } from "../../core/agent/protocol";
import { main } from "../cli/main";
import { agentCommand, readTokenFile } from "./command";
import { parseAgentArgs } from "./config";
import { makeFailureWindow, makeRateLimiter } from "./rateLimit";
import { addressKind, hostAllowed, makeTargetPolicy } from "./targets";

const parsed = (argv: string[]) => {
  const r = parseAgentArgs(argv);
  return r.ok ? r.value : r.error.message;
};

describe("parseAgentArgs", () => {
  it("defaults to a local agent on 127.0.0.1 with the app's origins", () => {
    expect(parsed([])).toEqual({
      mode: "agent",
      host: "127.0.0.1",
      port: DEFAULT_AGENT_PORT,
      origins: [...APP_ORIGINS],
      allowPrivate: false,
    });
  });

  it("adds origins, host patterns and a rate", () => {
    expect(
      parsed([
        "--port",
        "0",
        "--allow-origin",
        "https://satchel.example.com/",
        "--allow-host",
        "API.example.com.",
        "--rate-limit",
        "30/min",
      ]),
    ).toMatchObject({
      port: 0,
      origins: [...APP_ORIGINS, "https://satchel.example.com"],
      allowHosts: ["api.example.com"],
      ratePerMinute: 30,
    });
  });

  it("makes a team proxy with --listen and --token-file, which needs --allow-host", () => {
    expect(parsed(["--listen", "0.0.0.0:8080", "--token-file", "t"])).toMatch(
      /a team proxy needs --allow-host/,
    );
    expect(
      parsed(["--listen", "[::]:8080", "--token-file", "t", "--allow-host", "*"]),
    ).toMatchObject({
      mode: "proxy",
      host: "::",
      port: 8080,
      allowHosts: ["*"],
      ratePerMinute: 600,
      tokenFile: "t",
    });
  });

  it("allows --listen on another loopback address without a token file", () => {
    expect(parsed(["--listen", "127.0.0.2:9000"])).toMatchObject({
      mode: "agent",
      host: "127.0.0.2",
      port: 9000,
    });
  });

  it("refuses what it cannot mean, saying why", () => {
    expect(parsed(["--listen", "192.168.1.5:80"])).toMatch(
      /^refusing to listen on 192\.168\.1\.5: it is not a loopback address/,
    );
    expect(parsed(["--port", "1", "--listen", "127.0.0.1:2"])).toMatch(/use one/);
    expect(parsed(["--port", "70000"])).toMatch(/not a port number/);
    expect(parsed(["--listen", "nope"])).toMatch(/not HOST:PORT/);
    expect(parsed(["--allow-origin", "*"])).toMatch(/not an origin/);
    expect(parsed(["--allow-origin", "https://x.example/path"])).toMatch(/not an origin/);
    expect(parsed(["--allow-host", "a b"])).toMatch(/not a host name/);
    expect(parsed(["--rate-limit", "0/min"])).toMatch(/N ≥ 1/);
    expect(parsed(["--bogus"])).toMatch(/bogus/);
  });

  it("prints help that explains every option", async () => {
    const out: string[] = [];
    expect(
      await main(["agent", "--help"], { out: (t) => void out.push(t), err: () => undefined }),
    ).toBe(0);
    for (const flag of [
      "--port",
      "--allow-origin",
      "--listen",
      "--token-file",
      "--allow-host",
      "--allow-private",
      "--rate-limit",
    ]) {
      expect(out.join("")).toContain(flag);
    }
  });
});

describe("readTokenFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "satchel-tokens-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("reads one token a line, skipping comments and blanks", async () => {
    const r = await readTokenFile(
      file("ok", "# team\nabcdefghijklmnop1\n\n  qrstuvwxyz0123456  \n"),
    );
    expect(r.ok && r.value).toEqual(["abcdefghijklmnop1", "qrstuvwxyz0123456"]);
  });

  it("refuses an empty file, a short token and a missing file", async () => {
    const empty = await readTokenFile(file("empty", "# none\n"));
    expect(!empty.ok && empty.error.message).toMatch(/holds no token/);
    const weak = await readTokenFile(file("weak", "short\n"));
    expect(!weak.ok && weak.error.message).toMatch(/token 1 .* shorter than 16/);
    const missing = await readTokenFile(join(dir, "nope"));
    expect(!missing.ok && missing.error.message).toMatch(/cannot read --token-file/);
  });
});

describe("agentCommand", () => {
  it("starts a team proxy from its token file and says what it allows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "satchel-proxy-cmd-"));
    writeFileSync(join(dir, "tokens"), "abcdefghijklmnop1\n");
    const out: string[] = [];
    let answered = 0;
    const code = await agentCommand(
      [
        "--listen",
        "127.0.0.1:0",
        "--token-file",
        join(dir, "tokens"),
        "--allow-host",
        "api.example.com",
      ],
      { out: (t) => void out.push(t), err: (t) => void out.push(t) },
      async (agent) => {
        const res = await fetch(`${agent.url}/v1/hello`, {
          headers: { Authorization: "Bearer abcdefghijklmnop1" },
        });
        answered = res.status;
      },
    );
    expect([code, answered]).toEqual([0, 200]);
    expect(out.join("")).toMatch(
      /team proxy listening on http:\/\/127\.0\.0\.1:\d+.*\nSends to: api\.example\.com \(public addresses only\)\nAt most 600 sends a minute per token/,
    );
    expect(out.join("")).not.toMatch(/Pairing code/);
  });

  it("refuses to start without readable tokens", async () => {
    const errors: string[] = [];
    const code = await agentCommand(
      ["--listen", "127.0.0.1:0", "--token-file", "/nonexistent/tokens", "--allow-host", "*"],
      { out: () => undefined, err: (t) => void errors.push(t) },
      () => Promise.resolve(),
    );
    expect([code, errors.join("")]).toEqual([
      1,
      expect.stringMatching(/cannot read --token-file \/nonexistent\/tokens/),
    ]);
  });
});

describe("target rules", () => {
  it("names what kind of address is refused", () => {
    const table: [string, boolean, string | undefined][] = [
      ["169.254.169.254", true, "a link-local address (cloud metadata lives there)"],
      ["fe80::1", true, "a link-local address (cloud metadata lives there)"],
      ["::ffff:169.254.169.254", true, "a link-local address (cloud metadata lives there)"],
      ["fd00:ec2::254", true, "a link-local address (cloud metadata lives there)"],
      ["10.1.2.3", false, "a private address"],
      ["172.31.255.255", false, "a private address"],
      ["172.32.0.1", false, undefined],
      ["192.168.0.1", false, "a private address"],
      ["100.64.0.1", false, "a shared (carrier-grade NAT) address"],
      ["127.0.0.1", false, "a loopback address"],
      ["::1", false, "a loopback address"],
      ["::ffff:127.0.0.1", false, "a loopback address"],
      ["fd12::1", false, "a private (unique local) address"],
      ["fc00::1", false, "a private (unique local) address"],
      ["0.0.0.0", false, "a 'this network' address"],
      ["10.1.2.3", true, undefined],
      ["93.184.215.14", false, undefined],
      ["2606:4700::1111", false, undefined],
    ];
    for (const [address, allowPrivate, kind] of table)
      expect([address, addressKind(address, allowPrivate)]).toEqual([address, kind]);
  });

  it("matches host patterns exactly, by subdomain, or any", () => {
    expect(hostAllowed("api.example.com", ["api.example.com"])).toBe(true);
    expect(hostAllowed("API.Example.com.", ["api.example.com"])).toBe(true);
    expect(hostAllowed("evil-api.example.com", ["api.example.com"])).toBe(false);
    expect(hostAllowed("a.b.example.com", ["*.example.com"])).toBe(true);
    expect(hostAllowed("example.com", ["*.example.com"])).toBe(false);
    expect(hostAllowed("notexample.com", ["*.example.com"])).toBe(false);
    expect(hostAllowed("[::1]", ["::1"])).toBe(true);
    expect(hostAllowed("anything.test", ["*"])).toBe(true);
  });

  it("leaves addresses alone for the local agent, which reaches private networks", () => {
    const local = makeTargetPolicy({ guardAddresses: false, allowPrivate: false });
    expect(local.checkUrl(new URL("http://10.0.0.1/"))).toBeUndefined();
    expect(local.checkAddress("169.254.169.254")).toBeUndefined();
  });
});

describe("rate limits", () => {
  it("refills a bucket per key over the minute", () => {
    let t = 0;
    const limiter = makeRateLimiter(3, () => t);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([
      undefined,
      undefined,
      undefined,
      20,
    ]);
    expect(limiter.take("b")).toBeUndefined();
    t += 20_000;
    expect(limiter.take("a")).toBeUndefined();
    expect(limiter.take("a")).toBe(20);
  });

  it("blocks after too many failures until the oldest leaves the window", () => {
    let t = 0;
    const window = makeFailureWindow(2, 60_000, () => t);
    window.fail();
    t = 10_000;
    window.fail();
    expect(window.blockedFor()).toBe(50);
    t = 59_500;
    expect(window.blockedFor()).toBe(1);
    t = 60_000;
    expect(window.blockedFor()).toBeUndefined();
  });
});
