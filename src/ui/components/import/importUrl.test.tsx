// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import { AppProvider, createAppServices } from "../../app/AppContext";
import { makeFakeRepos } from "../../app/testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../app/testing/fixtures";
import { onceQuery, resetOnceQueries } from "../../app/testing/onceQuery";
import { makeFetchTransport } from "../../transport/fetchTransport";
import { ImportDialog } from "./ImportDialog";

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

const SPEC = `openapi: 3.0.0
info: { title: URL Pets, version: "1" }
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: "schemas/pet.yaml" }
      responses: { "201": { description: created } }
`;
const PET = "type: object\nproperties:\n  name: { type: string, example: Rex }\n";

afterEach(() => {
  cleanup();
  resetOnceQueries();
});

/** A transport answering from `pages` by URL; records what it was asked for. */
function fakeTransport(pages: Record<string, string>, asked: string[]): Transport {
  return {
    name: "fake",
    capabilities: NO_CAPABILITIES,
    send: (req) => {
      asked.push(req.url);
      const page = pages[req.url];
      return Promise.resolve(
        page === undefined
          ? { ok: false, error: { code: "UNREACHABLE", message: `Nothing at ${req.url}.` } }
          : {
              ok: true,
              response: {
                status: 200,
                statusText: "OK",
                headers: [],
                body: new TextEncoder().encode(page),
                timeMs: 1,
                url: req.url,
                redirected: false,
              },
            },
      );
    },
  };
}

function renderDialog(transport: Transport) {
  const deps = makeTestDeps();
  const fake = makeFakeRepos(deps, makeFixture(deps).seed);
  render(() => (
    <AppProvider services={createAppServices(fake.repos, deps, onceQuery, { transport })}>
      <ImportDialog onClose={() => {}} />
    </AppProvider>
  ));
  return { fake, dialog: screen.getByRole("dialog", { name: "Import" }) };
}

const fetchUrl = (dialog: HTMLElement, url: string) => {
  fireEvent.input(within(dialog).getByRole("textbox", { name: "Import from URL" }), {
    target: { value: url },
  });
  fireEvent.click(within(dialog).getByRole("button", { name: "Fetch" }));
};

describe("Import from URL", () => {
  it("fetches a spec through the transport and loads its refs relative to the URL", async () => {
    const asked: string[] = [];
    const transport = fakeTransport(
      {
        "http://api.test/specs/pets.yaml": SPEC,
        "http://api.test/specs/schemas/pet.yaml": PET,
      },
      asked,
    );
    const { dialog, fake } = renderDialog(transport);
    fetchUrl(dialog, " http://api.test/specs/pets.yaml ");
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 1 request.");
    expect(asked).toEqual([
      "http://api.test/specs/pets.yaml",
      "http://api.test/specs/schemas/pet.yaml",
    ]);
    expect(within(dialog).queryByRole("list", { name: "Warnings" })).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(fake.calls).toContain("imports.storeStreamed"));
    expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("URL Pets");
    // The request body's example was built from the schema in the referenced file.
    expect(JSON.stringify([...fake.rows.request.values()])).toContain("Rex");
  });

  it("explains a CORS block in the alert and previews nothing", async () => {
    // fetch fails, the no-cors probe succeeds: the host answered but CORS blocked the response.
    const fetch = (_url: string, init: RequestInit) =>
      init.mode === "no-cors"
        ? Promise.resolve(new Response(null))
        : Promise.reject(new TypeError("Failed to fetch"));
    const transport = makeFetchTransport({ fetch, pageOrigin: "http://app.test", echo: false });
    const { dialog, fake } = renderDialog(transport);
    fetchUrl(dialog, "http://api.test/specs/pets.yaml");
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("the browser blocked the response (CORS)");
    expect(alert.textContent).toContain("Access-Control-Allow-Origin: http://app.test");
    expect(within(dialog).queryByRole("status")).toBeNull();
    expect(within(dialog).getByRole("button", { name: "Import" })).toHaveProperty("disabled", true);
    expect(fake.calls.some((c) => c.startsWith("imports."))).toBe(false);
  });

  it("says which status a failed fetch answered", async () => {
    const transport = fakeTransport({}, []);
    transport.send = () =>
      Promise.resolve({
        ok: true,
        response: {
          status: 404,
          statusText: "Not Found",
          headers: [],
          body: new Uint8Array(),
          timeMs: 1,
          url: "http://api.test/x.yaml",
          redirected: false,
        },
      });
    const { dialog } = renderDialog(transport);
    fetchUrl(dialog, "http://api.test/x.yaml");
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("http://api.test/x.yaml answered 404 Not Found.");
  });
});
