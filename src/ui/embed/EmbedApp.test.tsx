// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import { NO_CAPABILITIES } from "../../core/http/transport";
import { err, ok } from "../../core/result";
import { decodeShareFragment, shareFragmentFromHash } from "../../core/share/fragment";
import { EmbedApp } from "./EmbedApp";

afterEach(cleanup);

const deps = { clock: makeFixedClock(1_700_000_000_000), random: makeSeededRandom(3) };

const collection = {
  info: { name: "Echo API" },
  variable: [{ key: "base", value: "https://api.test" }],
  item: [
    {
      name: "Get thing",
      request: { method: "GET", url: "{{base}}/things/1", description: "One thing by id" },
    },
    {
      name: "Create thing",
      request: { method: "POST", url: "{{base}}/things", body: { mode: "raw", raw: "{}" } },
    },
  ],
};

function fakeTransport(answer: (req: HttpRequest) => SendResult | Promise<SendResult>) {
  const sent: HttpRequest[] = [];
  const transport: Transport = {
    name: "fake",
    capabilities: NO_CAPABILITIES,
    send: async (req) => {
      sent.push(req);
      return answer(req);
    },
  };
  return { transport, sent };
}

const jsonResponse = (status: number, body: unknown): SendResult => ({
  ok: true,
  response: {
    status,
    statusText: status === 200 ? "OK" : "Not Found",
    headers: [["content-type", "application/json"]],
    body: new TextEncoder().encode(JSON.stringify(body)),
    timeMs: 12.4,
    url: "https://api.test/",
    redirected: false,
  },
});

function renderEmbed(source: unknown, transport: Transport, editable = false) {
  return render(() => (
    <EmbedApp
      source={() => Promise.resolve(ok(source))}
      transport={transport}
      deps={deps}
      appUrl="https://app.test/"
      editable={editable}
    />
  ));
}

describe("EmbedApp", () => {
  it("lists the requests and shows the chosen one's URL and description", async () => {
    renderEmbed(collection, fakeTransport(() => jsonResponse(200, {})).transport);
    const region = await screen.findByRole("region", { name: "Embedded collection" });
    expect(within(region).getByRole("heading", { level: 1 }).textContent).toBe("Echo API");
    const first = within(region).getByRole("button", { name: "GET Get thing" });
    expect(first.getAttribute("aria-pressed")).toBe("true");
    expect(region.textContent).toContain("{{base}}/things/1");
    expect(region.textContent).toContain("One thing by id");
    fireEvent.click(within(region).getByRole("button", { name: "POST Create thing" }));
    expect(within(region).getByRole("heading", { level: 2 }).textContent).toBe("Create thing");
  });

  it("sends the chosen request and shows status, time, headers and body", async () => {
    const fake = fakeTransport(() => jsonResponse(200, { id: 1, name: "thing" }));
    renderEmbed(collection, fake.transport);
    fireEvent.click(await screen.findByRole("button", { name: "Send" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("200 OK"));
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("12 ms");
    expect(fake.sent[0]).toMatchObject({ method: "GET", url: "https://api.test/things/1" });
    const body = screen.getByRole("region", { name: "Response body" });
    expect(body.textContent).toBe('{\n  "id": 1,\n  "name": "thing"\n}');
    expect(screen.getByText("Headers (1)")).toBeTruthy();
  });

  it("shows a failed send in the app's words", async () => {
    const fake = fakeTransport(() => ({
      ok: false,
      error: {
        code: "CORS_BLOCKED",
        message: "api.test did not allow this page.",
        hint: "Allow it.",
      },
    }));
    renderEmbed(collection, fake.transport);
    fireEvent.click(await screen.findByRole("button", { name: "Send" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Blocked by CORS");
    expect(alert.textContent).toContain("api.test did not allow this page.");
  });

  it("cancels a send in flight", async () => {
    const fake = fakeTransport(() => new Promise<SendResult>(() => {}));
    renderEmbed(collection, fake.transport);
    fireEvent.click(await screen.findByRole("button", { name: "Send" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(await screen.findByRole("button", { name: "Send" })).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("links to the app with the collection in a share fragment", async () => {
    renderEmbed(collection, fakeTransport(() => jsonResponse(200, {})).transport);
    const link = await screen.findByRole("link", { name: "Open in Satchel" });
    const href = link.getAttribute("href") ?? "";
    expect(href.startsWith("https://app.test/#import=v1.")).toBe(true);
    expect(link.getAttribute("target")).toBe("_blank");
    const decoded = await decodeShareFragment(shareFragmentFromHash(new URL(href).hash) ?? "");
    expect(decoded).toEqual({ ok: true, value: collection });
  });

  it("is read-only by default: no URL or body fields", async () => {
    renderEmbed(collection, fakeTransport(() => jsonResponse(200, {})).transport);
    fireEvent.click(await screen.findByRole("button", { name: "POST Create thing" }));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByText("Body")).toBeTruthy();
  });

  it("sends the reader's URL and body when editable", async () => {
    const fake = fakeTransport(() => jsonResponse(200, {}));
    renderEmbed(collection, fake.transport, true);
    fireEvent.click(await screen.findByRole("button", { name: "POST Create thing" }));
    const url = screen.getByRole("textbox", { name: "URL" });
    expect((url as HTMLInputElement).value).toBe("{{base}}/things");
    fireEvent.input(url, { target: { value: "{{base}}/things?dry=1" } });
    fireEvent.input(screen.getByRole("textbox", { name: "Request body" }), {
      target: { value: '{"n":1}' },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(fake.sent.length).toBe(1));
    expect(fake.sent[0]).toMatchObject({
      method: "POST",
      url: "https://api.test/things?dry=1",
      body: { kind: "text", text: '{"n":1}' },
    });
  });

  it("shows a single shared request", async () => {
    const item = { name: "Ping", request: "https://api.test/ping" };
    renderEmbed(item, fakeTransport(() => jsonResponse(200, {})).transport);
    expect(await screen.findByRole("button", { name: "GET Ping" })).toBeTruthy();
  });

  it("names the problem when the source cannot be read", async () => {
    render(() => (
      <EmbedApp
        source={() =>
          Promise.resolve(err({ code: "SHARE_BASE64", message: "The shared link is damaged." }))
        }
        transport={fakeTransport(() => jsonResponse(200, {})).transport}
        deps={deps}
        appUrl="/"
      />
    ));
    expect((await screen.findByRole("alert")).textContent).toContain("The shared link is damaged.");
    renderEmbed({ nope: true }, fakeTransport(() => jsonResponse(200, {})).transport);
    await waitFor(() => expect(screen.getAllByRole("alert").length).toBe(2));
    expect(screen.getAllByRole("alert")[1]?.textContent).toContain("not a Postman collection");
  });
});
