import { describe, expect, it } from "vitest";
import type { HttpRequest } from "../http/transport";
import {
  canonicalHeaders,
  contentHash,
  edgegrid,
  edgegridDataToSign,
  edgegridSigningKey,
  edgegridTimestamp,
} from "./edgegrid";
import { utf8 } from "./bytes";
import { authOf, headerOf, request, testContext } from "./test/authFixtures";
import type { EdgegridCase } from "./test/edgegrid/testdata";
import { EDGEGRID_CASES, EDGEGRID_DATA as D } from "./test/edgegrid/testdata";

const attrs = {
  accessToken: D.access_token,
  clientToken: D.client_token,
  clientSecret: D.client_secret,
  nonce: D.nonce,
  timestamp: D.timestamp,
  headersToSign: D.headers_to_sign.join(","),
  maxBodySize: String(D.max_body),
};

function caseRequest(c: EdgegridCase): HttpRequest {
  const url = new URL(c.request.path, D.base_url).href;
  const headers = (c.request.headers ?? [])
    .flatMap((h) => Object.entries(h))
    .filter((e): e is [string, string] => e[1] !== undefined);
  const body = c.request.data === undefined ? {} : { body: { kind: "text", text: c.request.data } };
  return request(c.request.method, url, { headers, ...body } as Partial<HttpRequest>);
}

describe("edgegrid: Akamai's published test vectors", () => {
  for (const c of EDGEGRID_CASES) {
    it(c.testName, async () => {
      const result = await edgegrid.apply(caseRequest(c), authOf("edgegrid", attrs), testContext());
      if (!result.ok) throw new Error(result.error.message);
      expect(headerOf(result.value.http, "Authorization")).toBe(c.expectedAuthorization);
    });
  }

  it("builds each case's data to sign exactly", () => {
    for (const c of EDGEGRID_CASES.filter((x) => x.expectedDataToSign !== undefined)) {
      const url = new URL(c.request.path, D.base_url);
      const body = c.request.method === "POST" ? utf8(c.request.data ?? "") : new Uint8Array();
      const data = edgegridDataToSign({
        method: c.request.method,
        scheme: "https",
        host: url.host,
        pathAndQuery: url.pathname + url.search,
        canonicalHeaders: canonicalHeaders(D.headers_to_sign, caseRequest(c).headers),
        contentHash: contentHash(body, D.max_body),
        authHeader: "",
      });
      expect(data, c.testName).toBe(c.expectedDataToSign);
    }
  });

  it("matches the library's content hash and signing key checks", () => {
    expect(contentHash(utf8("test_body"), D.max_body)).toBe(D.content_hash_test);
    expect(edgegridSigningKey(D.client_secret, D.timestamp)).toBe(D.sign_key_test);
  });

  it("hashes only the first maxBodySize bytes (Node library: 'Post uses passed-max-body')", async () => {
    const http = request("POST", new URL("/testapi/v1/t3", D.base_url).href, {
      body: { kind: "text", text: "datadatadatadatadatadatadatadata" },
    });
    const r = await edgegrid.apply(
      http,
      authOf("edgegrid", { ...attrs, maxBodySize: "10" }),
      testContext(),
    );
    expect(r.ok && headerOf(r.value.http, "Authorization")).toBe(
      "EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;signature=asJgKWm9tB/YhFByqnOtpcgvmzR+zpTGBgaSY/IhbNA=",
    );
  });
});

describe("edgegrid: Postman's attributes", () => {
  it("signs the baseURL's host instead of the request's", async () => {
    const http = request("GET", "https://other.example/");
    const r = await edgegrid.apply(
      http,
      authOf("edgegrid", { ...attrs, baseURL: D.base_url }),
      testContext(),
    );
    expect(r.ok && headerOf(r.value.http, "Authorization")).toBe(
      EDGEGRID_CASES[0]!.expectedAuthorization,
    );
  });

  it("makes a UUID nonce and a yyyyMMddTHH:mm:ss+0000 timestamp from the clock", async () => {
    const { nonce: _, timestamp: __, ...rest } = attrs;
    const r = await edgegrid.apply(
      request("GET", D.base_url),
      authOf("edgegrid", rest),
      testContext(),
    );
    const header = r.ok ? headerOf(r.value.http, "Authorization") : "";
    expect(header).toMatch(/timestamp=20140321T19:34:21\+0000;nonce=[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(edgegridTimestamp(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe("20260102T03:04:05+0000");
  });

  it("takes headersToSign as a list too", async () => {
    const c = EDGEGRID_CASES.find((x) => x.testName === "Headers out of order")!;
    const list = { ...attrs, headersToSign: D.headers_to_sign };
    const r = await edgegrid.apply(caseRequest(c), authOf("edgegrid", list), testContext());
    expect(r.ok && headerOf(r.value.http, "Authorization")).toBe(c.expectedAuthorization);
  });

  it("replaces an existing Authorization header", async () => {
    const http = request("GET", D.base_url, { headers: [["AUTHORIZATION", "x"]] });
    const r = await edgegrid.apply(http, authOf("akamai", attrs), testContext());
    expect(r.ok && r.value.http.headers).toEqual([
      ["Authorization", EDGEGRID_CASES[0]!.expectedAuthorization],
    ]);
  });

  it("names what is missing or wrong", async () => {
    const run = async (a: Record<string, unknown>) => {
      const r = await edgegrid.apply(
        request("GET", D.base_url),
        authOf("edgegrid", a),
        testContext(),
      );
      return r.ok ? "" : r.error.message;
    };
    expect(await run({ ...attrs, clientSecret: "" })).toBe("EdgeGrid needs a client secret");
    expect(await run({ ...attrs, maxBodySize: "lots" })).toContain("max body size");
    expect(await run({ ...attrs, baseURL: "http://[bad" })).toContain("base URL");
  });

  it("warns when a POST body cannot be hashed before sending", async () => {
    const http = request("POST", D.base_url, { body: { kind: "multipart", fields: [] } });
    const r = await edgegrid.apply(http, authOf("edgegrid", attrs), testContext());
    expect(r.ok && r.value.warnings.join()).toContain("without a body hash");
  });
});
