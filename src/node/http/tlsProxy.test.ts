/** TLS verification, client certificates and the upstream proxy of the Node transport. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNodeTransport } from "./nodeTransport";
import { TEST_CERT, TEST_KEY } from "./test/selfSigned";
import { startForwardProxy, startTlsUpstream, startUpstream } from "./test/servers";

let tlsServer: Awaited<ReturnType<typeof startTlsUpstream>>;
let mtlsServer: Awaited<ReturnType<typeof startTlsUpstream>>;
let plain: Awaited<ReturnType<typeof startUpstream>>;
let proxy: Awaited<ReturnType<typeof startForwardProxy>>;

beforeAll(async () => {
  [tlsServer, mtlsServer, plain, proxy] = await Promise.all([
    startTlsUpstream(),
    startTlsUpstream({ clientCa: TEST_CERT }),
    startUpstream(),
    startForwardProxy(),
  ]);
});
afterAll(async () => {
  await Promise.all([tlsServer.close(), mtlsServer.close(), plain.close(), proxy.close()]);
});

const get = (url: string) => ({ method: "GET", url, headers: [] as [string, string][] });

describe("TLS", () => {
  it("refuses a self-signed certificate by default, with a hint", async () => {
    const result = await makeNodeTransport().send(get(`${tlsServer.url}/echo`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/TLS error: .*self-signed/i);
    expect(result.error.hint).toMatch(/certificate verification/);
  });

  it("accepts it with verification off, per transport or per send", async () => {
    const insecure = await makeNodeTransport({ insecure: true }).send(get(`${tlsServer.url}/echo`));
    expect(insecure.ok && insecure.response.status).toBe(200);
    const perSend = await makeNodeTransport().send(get(`${tlsServer.url}/echo`), {
      tls: { verify: false },
    });
    expect(perSend.ok && perSend.response.status).toBe(200);
  });

  it("verifies against an extra CA, and presents a client certificate (PEM text or files)", async () => {
    const anonymous = await makeNodeTransport().send(
      get(`https://localhost:${mtlsServer.port}/echo`),
      {
        tls: { ca: TEST_CERT },
      },
    );
    if (!anonymous.ok) throw new Error(anonymous.error.message);
    expect(anonymous.response.headers).toContainEqual(["X-Client-Authorized", "false"]);

    const withCert = await makeNodeTransport().send(
      get(`https://localhost:${mtlsServer.port}/echo`),
      {
        tls: { ca: TEST_CERT, clientCert: TEST_CERT, clientKey: TEST_KEY },
      },
    );
    if (!withCert.ok) throw new Error(withCert.error.message);
    expect(withCert.response.headers).toContainEqual(["X-Client-Authorized", "true"]);

    const dir = mkdtempSync(join(tmpdir(), "satchel-tls-"));
    writeFileSync(join(dir, "cert.pem"), TEST_CERT);
    writeFileSync(join(dir, "key.pem"), TEST_KEY);
    const fromFiles = makeNodeTransport({
      tls: {
        ca: { path: join(dir, "cert.pem") },
        clientCert: { path: join(dir, "cert.pem") },
        clientKey: { path: join(dir, "key.pem") },
      },
    });
    const filed = await fromFiles.send(get(`https://localhost:${mtlsServer.port}/echo`));
    if (!filed.ok) throw new Error(filed.error.message);
    expect(filed.response.headers).toContainEqual(["X-Client-Authorized", "true"]);

    const missing = await makeNodeTransport({
      tls: { clientCert: { path: join(dir, "nope.pem") } },
    }).send(get(`https://localhost:${mtlsServer.port}/echo`));
    expect(!missing.ok && missing.error.message).toMatch(/Cannot read a TLS file/);
  });
});

describe("upstream proxy", () => {
  it("sends http through the proxy in absolute form, with its credentials", async () => {
    const transport = makeNodeTransport({ proxy: `http://user:p%40ss@127.0.0.1:${proxy.port}` });
    const result = await transport.send(get(`${plain.url}/echo?via=proxy`));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.response.status).toBe(200);
    const seen = proxy.seen.find((s) => s.target === `${plain.url}/echo?via=proxy`);
    expect(seen?.auth).toBe(`Basic ${Buffer.from("user:p@ss").toString("base64")}`);
    const echoed = JSON.parse(Buffer.from(result.response.body).toString()) as {
      rawHeaders: string[];
    };
    expect(echoed.rawHeaders.map((h) => h.toLowerCase())).not.toContain("proxy-authorization");
  });

  it("tunnels https with CONNECT, TLS checked end to end", async () => {
    const via = `http://127.0.0.1:${proxy.port}`;
    const target = `https://localhost:${tlsServer.port}/echo`;
    const refused = await makeNodeTransport().send(get(target), { proxy: via });
    expect(!refused.ok && refused.error.message).toMatch(/self-signed/i);
    const result = await makeNodeTransport().send(get(target), {
      proxy: via,
      tls: { ca: TEST_CERT },
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.response.status).toBe(200);
    expect(proxy.seen).toContainEqual({ method: "CONNECT", target: `localhost:${tlsServer.port}` });
    const t = result.response.timings;
    expect(t && t.tlsMs).toBeGreaterThan(0);
  });

  it("says so when the proxy itself cannot be reached", async () => {
    const closed = await startUpstream();
    await closed.close();
    const result = await makeNodeTransport().send(get(`${plain.url}/echo`), {
      proxy: `http://127.0.0.1:${closed.port}`,
    });
    expect(!result.ok && [result.error.code, result.error.message]).toEqual([
      "UNREACHABLE",
      `Could not reach the upstream proxy 127.0.0.1:${closed.port} (ECONNREFUSED)`,
    ]);
  });
});
