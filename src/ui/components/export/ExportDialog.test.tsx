// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { makeCollection, makeEnvironment, makeRequest } from "../../../core/factory";
import type { Globals } from "../../../core/model";
import { plantedCollection } from "../../../core/secrets/test/planted";
import { makeTestDeps } from "../../testing/fixtures";
import { ExportDialog } from "./ExportDialog";
import type { ExportBuilder, ExportDocument } from "./exportDocuments";
import {
  collectionExport,
  environmentExport,
  globalsExport,
  jsonDocument,
} from "./exportDocuments";
import { COLLECTION_FORMATS } from "./formats";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Renders the dialog over `build`; returns the dialog and the saved documents. */
function open(build: ExportBuilder, kind = "collection") {
  const saved: ExportDocument[] = [];
  const onClose = vi.fn();
  render(() => (
    <ExportDialog
      kind={kind}
      formats={kind === "collection" ? COLLECTION_FORMATS : undefined}
      build={build}
      onClose={onClose}
      save={(d) => saved.push(d)}
    />
  ));
  const dialog = screen.getByRole("dialog", { name: `Export ${kind}` });
  const download = async () => {
    const before = saved.length;
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(saved.length).toBe(before + 1));
    return saved[before] as ExportDocument;
  };
  return { dialog, saved, onClose, download };
}

/** "Demo API" with a secret host variable and a bearer token, over fake repos. */
function secretCollection() {
  const deps = makeTestDeps();
  const collection = makeCollection(deps, {
    workspaceId: "ws",
    name: "Demo API",
    variables: [{ key: "host", value: "https://secret-host.test", type: "secret", enabled: true }],
    auth: { type: "bearer", attributes: [{ key: "token", value: "tok-123" }] },
  });
  const request = makeRequest(deps, {
    collectionId: collection.id,
    name: "List users",
    url: "{{host}}/users",
  });
  const stored = { collection, folders: [], requests: [request] };
  const build: ExportBuilder = (options) => collectionExport(async () => stored, options);
  return build;
}

describe("ExportDialog", () => {
  it("builds without secrets by default and with them when ticked", async () => {
    const build = vi.fn<ExportBuilder>(async (o) => ({
      fileName: "x.json",
      mimeType: "application/json",
      text: JSON.stringify(o),
    }));
    const { dialog, onClose, download } = open(build, "environment");
    expect(within(dialog).queryByRole("radiogroup")).toBeNull();
    const box = within(dialog).getByRole("checkbox", { name: "Include secrets" });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(JSON.parse((await download()).text)).toEqual({ includeSecrets: false, format: "" });
    expect(onClose).toHaveBeenCalled();
    fireEvent.click(box);
    expect(build).toHaveBeenLastCalledWith({ includeSecrets: true, format: "" });
    expect(JSON.parse((await download()).text)).toEqual({ includeSecrets: true, format: "" });
  });

  it("lists what it will blank before the download, nothing once secrets are included", async () => {
    const tree = plantedCollection();
    const { dialog, saved, download } = open((o) => collectionExport(async () => tree, o));
    const status = await within(dialog).findByRole("status", { name: "Values blanked" });
    await waitFor(() => expect(status.textContent).toMatch(/^32 values blanked: /));
    expect(status.textContent).toContain("variable token, variable host, oauth2 auth accessToken");
    expect(status.textContent).toMatch(/ and 27 more\.$/);
    expect(saved).toEqual([]);
    // OpenAPI blanks the same values (the tree is blanked before any format is written).
    fireEvent.click(within(dialog).getByRole("radio", { name: "OpenAPI 3.1 (JSON)" }));
    await waitFor(() => expect(status.textContent).toMatch(/^32 values blanked: /));
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Include secrets" }));
    await waitFor(() =>
      expect(within(dialog).queryByRole("status", { name: "Values blanked" })).toBeNull(),
    );
    expect((await download()).text).toContain("plant-form-password");
  });

  it("says so when there is nothing to blank", async () => {
    const build: ExportBuilder = async () => ({ ...jsonDocument("x.json", {}), blanked: [] });
    const { dialog } = open(build, "environment");
    const status = await within(dialog).findByRole("status", { name: "Values blanked" });
    await waitFor(() => expect(status.textContent).toBe("No secret values found to blank."));
  });

  it("shows an error when the document cannot be built", async () => {
    const build = async (): Promise<ExportDocument> => {
      throw new Error("gone");
    };
    render(() => <ExportDialog kind="environment" build={build} onClose={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent");
    expect(screen.getByRole("dialog", { name: "Export environment" })).toBeTruthy();
  });

  it("defaults to Postman v2.1 with secrets blanked", async () => {
    const { dialog, download } = open(secretCollection());
    const group = within(dialog).getByRole("radiogroup", { name: "Format" });
    const postman = within(group).getByRole("radio", { name: "Postman Collection v2.1" });
    expect((postman as HTMLInputElement).checked).toBe(true);
    const doc = await download();
    expect(doc.fileName).toBe("Demo_API.postman_collection.json");
    expect(doc.text).toContain("v2.1.0");
    expect(doc.text).not.toContain("tok-123");
    expect(doc.text).not.toContain("secret-host");
  });

  it("exports OpenAPI 3.1 JSON, secrets blanked unless ticked", async () => {
    const { dialog, download } = open(secretCollection());
    fireEvent.click(within(dialog).getByRole("radio", { name: "OpenAPI 3.1 (JSON)" }));
    const blank = await download();
    expect(blank.fileName).toBe("Demo_API.openapi.json");
    expect(blank.mimeType).toBe("application/json");
    const doc = JSON.parse(blank.text) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths)).toEqual(["/users"]);
    expect(blank.text).not.toContain("secret-host");
    // Downloading closed the dialog (resetting it); the caller keeps it mounted here.
    fireEvent.click(within(dialog).getByRole("radio", { name: "OpenAPI 3.1 (JSON)" }));
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Include secrets" }));
    const full = await download();
    expect(JSON.parse(full.text)).toMatchObject({ servers: [{ url: "https://secret-host.test" }] });
  });

  it("exports OpenAPI 3.1 YAML", async () => {
    const { dialog, download } = open(secretCollection());
    fireEvent.click(within(dialog).getByRole("radio", { name: "OpenAPI 3.1 (YAML)" }));
    const doc = await download();
    expect(doc.fileName).toBe("Demo_API.openapi.yaml");
    expect(doc.mimeType).toBe("application/yaml");
    const value = parse(doc.text) as { openapi: string; info: { title: string } };
    expect(value.openapi).toMatch(/^3\.1/);
    expect(value.info.title).toBe("Demo API");
    expect(doc.text).not.toContain("secret-host");
  });
});

describe("export documents", () => {
  it("environment files leave secret values out unless asked", () => {
    const env = makeEnvironment(makeTestDeps(), {
      workspaceId: "ws",
      name: "Prod env",
      variables: [{ key: "token", value: "t0k", type: "secret", enabled: true }],
    });
    expect(environmentExport(env, false).fileName).toBe("Prod_env.postman_environment.json");
    expect(environmentExport(env, false).text).not.toContain("t0k");
    expect(environmentExport(env, true).text).toContain("t0k");
  });

  it("globals files are Postman globals named after the workspace", () => {
    const globals: Globals = {
      id: "g",
      workspaceId: "ws",
      schemaVersion: 1,
      createdAt: 0,
      updatedAt: 0,
      variables: [
        { key: "token", value: "t0k", type: "secret", enabled: true },
        { key: "host", value: "example.test", type: "default", enabled: true },
      ],
    };
    const doc = globalsExport(globals, "My workspace", false);
    expect(doc.fileName).toBe("My_workspace.postman_globals.json");
    const json = JSON.parse(doc.text) as { _postman_variable_scope: string; values: unknown[] };
    expect(json._postman_variable_scope).toBe("globals");
    expect(json.values).toHaveLength(2);
    expect(doc.text).not.toContain("t0k");
    expect(globalsExport(globals, "My workspace", true).text).toContain("t0k");
  });
});
