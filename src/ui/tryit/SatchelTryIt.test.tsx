// @vitest-environment jsdom
import { fireEvent, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { HttpRequest } from "../../core/http/transport";
import { corsBlocked, preflightNeeds } from "../transport/cors";
import { forgetAll } from "./credentials";
import type { SatchelTryIt } from "./SatchelTryIt";
import { fakeTransport, SPEC } from "./test/fixtures";

beforeAll(async () => {
  await import("./entry");
});

afterEach(() => {
  document.body.replaceChildren();
  forgetAll();
});

/** Adds a panel with `attributes` and the fake transport; returns queries inside its shadow root. */
function panel(attributes: Record<string, string>, transport = fakeTransport().transport) {
  const el = document.createElement("satchel-try-it") as SatchelTryIt;
  el.transport = transport;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  return { el, view: within(el.shadowRoot as unknown as HTMLElement) };
}

const specPanel = (extra: Record<string, string> = {}, transport = fakeTransport().transport) =>
  panel({ spec: JSON.stringify(SPEC), operation: "updatePet", ...extra }, transport);

describe("<satchel-try-it> with an OpenAPI operation", () => {
  it("renders the operation with the contract's names, required marks and enum select", async () => {
    const { el, view } = specPanel();
    const ready = new Promise<CustomEvent>((resolve) =>
      el.addEventListener("satchel-ready", (e) => resolve(e as CustomEvent), { once: true }),
    );
    const region = await view.findByRole("region", { name: "Try PUT /pets/{petId}" });
    expect(region.textContent).toContain("Update a pet");
    expect(
      ((await ready).detail as { operation: { operationId: string } }).operation.operationId,
    ).toBe("updatePet");
    const petId = view.getByRole("textbox", { name: "petId" });
    expect(petId).toHaveProperty("value", "7");
    expect(petId.getAttribute("aria-required")).toBe("true");
    const status = view.getByRole("combobox", { name: "status" });
    expect(status).toHaveProperty("value", "sold");
    expect(status.getAttribute("aria-required")).toBeNull();
    expect(
      within(status)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["—", "available", "sold"]);
    expect(view.getByRole("checkbox", { name: "verbose" })).toHaveProperty("checked", false);
    expect(
      JSON.parse((view.getByRole("textbox", { name: "tags" }) as HTMLTextAreaElement).value),
    ).toEqual(["a", "b"]);
    expect(view.getByRole("combobox", { name: "Server" })).toHaveProperty("value", "0");
    expect(view.getByRole("combobox", { name: "region" })).toHaveProperty("value", "eu");
    expect(view.getByRole("combobox", { name: "Body media type" })).toHaveProperty(
      "value",
      "application/json",
    );
    const body = view.getByRole("textbox", { name: "Request body" }) as HTMLTextAreaElement;
    expect(JSON.parse(body.value)).toEqual({ name: "Rex" });
    expect(body.getAttribute("aria-required")).toBe("true");
    expect(view.getByLabelText("API key api_key")).toHaveProperty("type", "password");
    expect(view.getByRole("checkbox", { name: "Remember on this site" })).toBeTruthy();
    expect(view.getByRole("button", { name: "Send" })).toBeTruthy();
    expect(view.getByRole("button", { name: "Code snippet" })).toBeTruthy();
    expect(view.getByRole("link", { name: "Open in Satchel" }).getAttribute("href")).toMatch(
      /^https:\/\/satchel\.app\//,
    );
  });

  it("switches to form fields for a urlencoded body", async () => {
    const { view } = specPanel();
    const media = await view.findByRole("combobox", { name: "Body media type" });
    fireEvent.change(media, { target: { value: "application/x-www-form-urlencoded" } });
    expect(await view.findByRole("textbox", { name: "name" })).toBeTruthy();
    expect(view.queryByRole("textbox", { name: "Request body" })).toBeNull();
  });

  it("sends through the transport and shows the status, time, body and headers", async () => {
    const { transport, sent } = fakeTransport();
    const { el, view } = specPanel({}, transport);
    const responses: unknown[] = [];
    el.addEventListener("satchel-response", (e) => responses.push((e as CustomEvent).detail));
    fireEvent.change(await view.findByRole("combobox", { name: "region" }), {
      target: { value: "us" },
    });
    fireEvent.input(view.getByRole("textbox", { name: "petId" }), { target: { value: "42" } });
    fireEvent.click(view.getByRole("checkbox", { name: "verbose" }));
    fireEvent.input(view.getByLabelText("API key api_key"), { target: { value: "s3cret" } });
    fireEvent.click(view.getByRole("button", { name: "Send" }));

    await waitFor(() => expect(view.getByRole("status").textContent).toContain("200 OK"));
    expect(view.getByRole("status").textContent).toContain("42 ms");
    const request = sent[0] as HttpRequest;
    expect(request.method).toBe("PUT");
    expect(request.url).toBe(
      "https://us.api.example.com/v1/pets/42?status=sold&verbose=true&tags=a%7Cb",
    );
    expect(request.headers).toContainEqual(["X-API-Key", "s3cret"]);
    expect(request.body).toEqual({ kind: "text", text: '{\n  "name": "Rex"\n}' });
    expect(view.getByRole("region", { name: "Response body" }).textContent).toContain('"name"');
    expect(view.getByRole("region", { name: "Response headers" }).textContent).toContain(
      "x-served-by",
    );
    expect(responses).toEqual([expect.objectContaining({ status: 200, timeMs: 42, request })]);
  });

  it("lets the page cancel a request in satchel-before-request", async () => {
    const { transport, sent } = fakeTransport();
    const { el, view } = specPanel({}, transport);
    el.addEventListener("satchel-before-request", (e) => e.preventDefault());
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    await view.findByText("The page cancelled this request.");
    expect(view.getByRole("status").textContent).toBe("The page cancelled this request.");
    expect(sent).toHaveLength(0);
  });

  it("sends the request the page put in satchel-before-request", async () => {
    const { transport, sent } = fakeTransport();
    const { el, view } = specPanel({}, transport);
    el.addEventListener("satchel-before-request", (e) => {
      const detail = (e as CustomEvent<{ request: HttpRequest }>).detail;
      detail.request = { ...detail.request, headers: [...detail.request.headers, ["X-Docs", "1"]] };
    });
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    await view.findByText(/200 OK/);
    expect(sent[0]?.headers).toContainEqual(["X-Docs", "1"]);
  });

  it("explains a blocked request in the app's words", async () => {
    const blocked = corsBlocked(
      new URL("https://eu.api.example.com/v1/pets/7"),
      "https://docs.example",
      preflightNeeds("PUT", [], "application/json"),
    );
    const { transport } = fakeTransport(() => ({ ok: false, error: blocked }));
    const { view } = specPanel({ "proxy-url": "https://proxy.example" }, transport);
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    const alert = await view.findByRole("alert");
    expect(alert.textContent).toContain(blocked.message);
    expect(alert.textContent).toContain("the proxy");
    expect(view.getByRole("combobox", { name: "Send through" })).toBeTruthy();
  });

  it("shows a required parameter left empty as a problem, without sending", async () => {
    const { transport, sent } = fakeTransport();
    const { view } = specPanel({}, transport);
    fireEvent.input(await view.findByRole("textbox", { name: "petId" }), { target: { value: "" } });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    expect((await view.findByRole("alert")).textContent).toContain("petId");
    expect(sent).toHaveLength(0);
  });

  it("keeps credentials in memory unless Remember on this site is ticked", async () => {
    const { view } = specPanel();
    fireEvent.input(await view.findByLabelText("API key api_key"), { target: { value: "k1" } });
    expect(JSON.stringify(sessionStorage)).not.toContain("k1");
    fireEvent.click(view.getByRole("checkbox", { name: "Remember on this site" }));
    expect(sessionStorage.getItem("satchel-try-it:auth:api_key")).toContain("k1");
    fireEvent.click(view.getByRole("checkbox", { name: "Remember on this site" }));
    expect(sessionStorage.getItem("satchel-try-it:auth:api_key")).toBeNull();
  });

  it("offers the other security alternative and sends its credentials", async () => {
    const { transport, sent } = fakeTransport();
    const { view } = specPanel({}, transport);
    const scheme = await view.findByRole("combobox", { name: "Security scheme" });
    expect(
      within(scheme)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["api_key", "token"]);
    fireEvent.change(scheme, { target: { value: "1" } });
    expect(view.queryByLabelText("API key api_key")).toBeNull();
    fireEvent.input(view.getByLabelText("Bearer token"), { target: { value: "t-1" } });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    await view.findByText(/200 OK/);
    expect(sent[0]?.headers).toContainEqual(["Authorization", "Bearer t-1"]);
  });

  it("reports an unknown operation with the close names", async () => {
    const { view } = panel({ spec: JSON.stringify(SPEC), operation: "updatePets" });
    expect((await view.findByRole("alert")).textContent).toContain('"updatePet"');
  });
});

describe("<satchel-try-it> response views and options", () => {
  const answer = (type: string, body: string) =>
    fakeTransport((request) => ({
      ok: true,
      response: {
        status: 201,
        statusText: "",
        headers: [["Content-Type", type]],
        body: new TextEncoder().encode(body),
        timeMs: 3,
        url: request.url,
        redirected: false,
      },
    })).transport;

  it("shows HTML in a frame sandboxed without scripts or same-origin", async () => {
    const { view } = specPanel({}, answer("text/html", "<script>alert(1)</script><b>hi</b>"));
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    await view.findByText(/201 Created/);
    const frame = view.getByTitle("HTML response preview");
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toContain("<b>hi</b>");
    expect(frame.getAttribute("srcdoc")).toMatch(
      /^<meta http-equiv="Content-Security-Policy" content="default-src 'none'/,
    );
    expect(view.getByRole("region", { name: "Response body" }).querySelector("b")).toBeNull();
  });

  it("shows an image from a blob URL", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), "blob:fake-1");
    URL.revokeObjectURL = () => {};
    const { view } = specPanel({}, answer("image/png", "PNG"));
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    const img = await view.findByRole("img", { name: "Response image (image/png)" });
    expect(img.getAttribute("src")).toBe("blob:fake-1");
    expect(created[0]?.type).toBe("image/png");
  });

  it("folds JSON with <details> and hides the parts the author names", async () => {
    const { el, view } = specPanel({ hide: "code open auth", theme: "dark", compact: "" });
    fireEvent.click(await view.findByRole("button", { name: "Send" }));
    await view.findByText(/200 OK/);
    const details = view.getByRole("region", { name: "Response body" }).querySelectorAll("details");
    expect(details.length).toBe(1);
    expect(view.queryByRole("button", { name: "Code snippet" })).toBeNull();
    expect(view.queryByRole("link", { name: "Open in Satchel" })).toBeNull();
    expect(view.queryByLabelText("API key api_key")).toBeNull();
    expect(el.shadowRoot?.querySelector(".root")?.className).toBe("root dark compact");
  });
});

describe("<satchel-try-it> with an inline request", () => {
  it("edits and sends an inline cURL command", async () => {
    const { transport, sent } = fakeTransport();
    const { view } = panel(
      {
        curl: `curl -X POST 'https://api.example.com/items?x=1' -H 'X-Token: abc' -H 'Content-Type: application/json' -d '{"a":1}'`,
      },
      transport,
    );
    await view.findByRole("region", { name: "Try POST /items" });
    expect(view.getByRole("textbox", { name: "URL" })).toHaveProperty(
      "value",
      "https://api.example.com/items?x=1",
    );
    expect((view.getByRole("textbox", { name: "Headers" }) as HTMLTextAreaElement).value).toContain(
      "X-Token: abc",
    );
    fireEvent.input(view.getByRole("textbox", { name: "Request body" }), {
      target: { value: '{"a":2}' },
    });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    await view.findByText(/200 OK/);
    expect(sent[0]).toMatchObject({
      method: "POST",
      url: "https://api.example.com/items?x=1",
      body: { kind: "text", text: '{"a":2}' },
    });
    expect(sent[0]?.headers).toContainEqual(["X-Token", "abc"]);
  });

  it("reads a Postman item with collection variables", async () => {
    const { transport, sent } = fakeTransport();
    const collection = {
      info: {
        name: "C",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      variable: [{ key: "base", value: "https://api.example.com" }],
      item: [{ name: "Get user", request: { method: "GET", url: "{{base}}/users/1" } }],
    };
    const { view } = panel({ request: JSON.stringify(collection) }, transport);
    await view.findByRole("region", { name: "Try GET /users/1" });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    await view.findByText(/200 OK/);
    expect(sent[0]?.url).toBe("https://api.example.com/users/1");
  });
});
