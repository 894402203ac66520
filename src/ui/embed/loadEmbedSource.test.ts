import { describe, expect, it } from "vitest";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import { NO_CAPABILITIES } from "../../core/http/transport";
import { encodeShareFragment } from "../../core/share/fragment";
import { EMBED_MAX_DOWNLOAD, loadEmbedSource } from "./loadEmbedSource";
import { responseText } from "./responseText";

const transport = (answer: (req: HttpRequest) => SendResult) => {
  const sent: HttpRequest[] = [];
  const t: Transport = {
    name: "fake",
    capabilities: NO_CAPABILITIES,
    send: async (req) => {
      sent.push(req);
      return answer(req);
    },
  };
  return { t, sent };
};

const answer = (
  status: number,
  body: string | Uint8Array,
  type = "application/json",
): SendResult => ({
  ok: true,
  response: {
    status,
    statusText: status === 200 ? "OK" : "Not Found",
    headers: [["content-type", type]],
    body: typeof body === "string" ? new TextEncoder().encode(body) : body,
    timeMs: 1,
    url: "",
    redirected: false,
  },
});

const at = (search: string, hash = "") => ({
  search,
  hash,
  href: `https://app.test/embed${search}${hash}`,
});

describe("loadEmbedSource", () => {
  it("fetches ?collection= relative to the page and parses it", async () => {
    const { t, sent } = transport(() => answer(200, '{"info":{"name":"A"},"item":[]}'));
    const r = await loadEmbedSource(at("?collection=/c.json"), t);
    expect(r).toEqual({ ok: true, value: { info: { name: "A" }, item: [] } });
    expect(sent[0]).toMatchObject({ method: "GET", url: "https://app.test/c.json" });
  });

  it("passes a send error on in the transport's words", async () => {
    const { t } = transport(() => ({
      ok: false,
      error: { code: "CORS_BLOCKED", message: "blocked" },
    }));
    const r = await loadEmbedSource(at("?collection=https://x.test/c.json"), t);
    expect(r.ok ? "" : r.error.code).toBe("CORS_BLOCKED");
  });

  it("refuses an error status, a body that is not JSON, and one that is too large", async () => {
    const notFound = await loadEmbedSource(
      at("?collection=/c"),
      transport(() => answer(404, "")).t,
    );
    expect(notFound.ok ? "" : notFound.error.message).toContain("404 Not Found");
    const notJson = await loadEmbedSource(
      at("?collection=/c"),
      transport(() => answer(200, "<html>")).t,
    );
    expect(notJson.ok ? "" : notJson.error.code).toBe("EMBED_NOT_JSON");
    const big = new Uint8Array(EMBED_MAX_DOWNLOAD + 1).fill(0x20);
    const tooBig = await loadEmbedSource(at("?collection=/c"), transport(() => answer(200, big)).t);
    expect(tooBig.ok ? "" : tooBig.error.code).toBe("EMBED_TOO_LARGE");
  });

  it("reads a #import= fragment when there is no ?collection=", async () => {
    const fragment = await encodeShareFragment({ info: { name: "F" }, item: [] });
    const r = await loadEmbedSource(
      at("", `#import=${fragment}`),
      transport(() => answer(500, "")).t,
    );
    expect(r).toEqual({ ok: true, value: { info: { name: "F" }, item: [] } });
    const bad = await loadEmbedSource(at("", "#import=v1.*"), transport(() => answer(500, "")).t);
    expect(bad.ok ? "" : bad.error.code).toBe("SHARE_BASE64");
  });

  it("says what it needs when given nothing", async () => {
    const r = await loadEmbedSource(at(""), transport(() => answer(500, "")).t);
    expect(r.ok ? "" : r.error.code).toBe("EMBED_NO_SOURCE");
  });
});

describe("responseText", () => {
  const of = (body: string | Uint8Array, type = "application/json") => {
    const r = answer(200, body, type);
    if (!r.ok) throw new Error("unreachable");
    return responseText(r.response);
  };
  it("pretty-prints JSON and shows other text as sent", () => {
    expect(of('{"a":[1]}').text).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(of("{broken").text).toBe("{broken");
    expect(of("<b>hi</b>", "text/html").text).toBe("<b>hi</b>");
  });
  it("describes binary bodies instead of decoding them", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]);
    expect(of(png, "image/png")).toMatchObject({
      binary: true,
      text: "8 bytes of binary content (image/png).",
    });
  });
  it("cuts a very long body", () => {
    const r = of("x".repeat(300_000), "text/plain");
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBe(200_000);
  });
});
