// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import { createHost } from "../../host/createHost";
import { HostProvider } from "../../host/hooks";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../testing/fixtures";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
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
const MIXED = `openapi: 3.0.0
info: { title: Mixed Pets, version: "1" }
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema: { $ref: "schemas/pet.yaml" }
      responses:
        "201": { $ref: "https://cdn.test/responses.yaml#/Created" }
        "400": { $ref: "../common.yaml#/BadRequest" }
        "500": { $ref: "http://169.254.169.254/latest/meta-data/iam.yaml#/Error" }
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
    <HostProvider host={createHost(fake.repos, deps, onceQuery, { transport })}>
      <ImportDialog onClose={() => {}} />
    </HostProvider>
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
  it("fetches no referenced file until the user allows the spec's folder, then previews again", async () => {
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
    const refs = await within(dialog).findByRole("group", { name: "Referenced files" });
    const files = within(refs).getByRole("list", { name: "Files from http://api.test/specs/" });
    expect(files.textContent).toBe("http://api.test/specs/schemas/pet.yaml");
    // The preview shows what it can without the file: its ref is a warning.
    const status = within(dialog).getByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 1 request.");
    expect(within(status).getByRole("list", { name: "Warnings" }).textContent).toContain(
      'Did not load "http://api.test/specs/schemas/pet.yaml"',
    );
    expect(asked).toEqual(["http://api.test/specs/pets.yaml"]);
    const folder = within(refs).getByRole("checkbox", {
      name: "Load from http://api.test/specs/ (the spec's folder)",
    });
    expect(folder).toHaveProperty("checked", true);
    fireEvent.click(within(refs).getByRole("button", { name: "Load referenced files" }));
    await waitFor(() => {
      const updated = within(dialog).getByRole("status");
      expect(updated.textContent).toContain("Will create 1 collection, 1 request.");
      expect(within(updated).queryByRole("list", { name: "Warnings" })).toBeNull();
    });
    expect(asked).toEqual([
      "http://api.test/specs/pets.yaml",
      "http://api.test/specs/schemas/pet.yaml",
    ]);
    expect(within(dialog).queryByRole("group", { name: "Referenced files" })).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    // Written once every chunk has come, through the one write path.
    await waitFor(() =>
      expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("URL Pets"),
    );
    expect(fake.calls).toContain("imports.storeStreamed");
    // The request body's example was built from the schema in the referenced file.
    expect(JSON.stringify([...fake.rows.request.values()])).toContain("Rex");
  });

  it("needs its own opt-in for another origin and above the folder, and never asks a metadata address", async () => {
    const asked: string[] = [];
    const transport = fakeTransport(
      {
        "http://api.test/specs/mixed.yaml": MIXED,
        "http://api.test/specs/schemas/pet.yaml": PET,
        "https://cdn.test/responses.yaml": "Created: { description: made at the CDN }\n",
        "http://api.test/common.yaml": "BadRequest: { description: bad }\n",
        "http://169.254.169.254/latest/meta-data/iam.yaml": "Error: { description: creds }\n",
      },
      asked,
    );
    const { dialog } = renderDialog(transport);
    fetchUrl(dialog, "http://api.test/specs/mixed.yaml");
    let refs = await within(dialog).findByRole("group", { name: "Referenced files" });
    const box = (name: string) => within(refs).getByRole("checkbox", { name });
    expect(box("Load from https://cdn.test (another origin)")).toHaveProperty("checked", false);
    expect(box("Load from http://api.test (outside the spec's folder)")).toHaveProperty(
      "checked",
      false,
    );
    expect(within(refs).getByRole("list", { name: "Refused references" }).textContent).toMatch(
      /^http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam\.yaml: 169\.254\.169\.254 is a link-local address/,
    );
    expect(within(refs).queryByRole("checkbox", { name: /169\.254/ })).toBeNull();
    expect(asked).toHaveLength(1);

    // The suggested folder only: the other origin and ../ still wait.
    fireEvent.click(within(refs).getByRole("button", { name: "Load referenced files" }));
    await waitFor(() => {
      refs = within(dialog).getByRole("group", { name: "Referenced files" });
      expect(within(refs).queryByRole("checkbox", { name: /\(the spec's folder\)/ })).toBeNull();
    });
    expect(asked.slice(1)).toEqual(["http://api.test/specs/schemas/pet.yaml"]);

    fireEvent.click(box("Load from https://cdn.test (another origin)"));
    fireEvent.click(within(refs).getByRole("button", { name: "Load referenced files" }));
    await waitFor(() => {
      const warnings = within(within(dialog).getByRole("status")).getByRole("list", {
        name: "Warnings",
      });
      expect(warnings.textContent).not.toContain("cdn.test");
    });
    expect(asked.slice(2)).toEqual(["https://cdn.test/responses.yaml"]);
    const warnings = within(within(dialog).getByRole("status")).getByRole("list", {
      name: "Warnings",
    });
    expect(warnings.textContent).toContain('Did not load "http://api.test/common.yaml"');
    expect(warnings.textContent).toContain(
      'Refused "http://169.254.169.254/latest/meta-data/iam.yaml"',
    );
    expect(asked.some((u) => u.includes("169.254") || u.includes("common.yaml"))).toBe(false);
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
