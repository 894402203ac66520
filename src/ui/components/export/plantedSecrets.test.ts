/**
 * The exports as an attacker reading a shared file would: a workspace planted with every kind of
 * secret is exported in every format, and the file is searched for each planted value.
 */
import { describe, expect, it } from "vitest";
import {
  COLLECTION_KEPT,
  COLLECTION_SECRETS,
  OPENAPI_CARRIED,
  plantedCollection,
  plantedEnvironment,
  plantedGlobals,
} from "../../../core/secrets/test/planted";
import { HISTORY_SECRETS, plantedHistory } from "../../../core/secrets/test/plantedHistory";
import type { HistoryEntry } from "../../../core/model";
import type { ExportDocument } from "./exportDocuments";
import { collectionExport, environmentExport, globalsExport } from "./exportDocuments";
import { historyExport } from "./historyExport";

const leaked = (doc: ExportDocument, values: readonly string[]) =>
  values.filter((v) => doc.text.includes(v));

/** The planted collection, stored, exported as `format` through the dialog's builder. */
function exportPlanted(format: string, includeSecrets: boolean) {
  const tree = plantedCollection();
  return collectionExport(async () => tree, { format, includeSecrets });
}

/** Reads entries by id, as the host's history reader does. */
const historyReader = (entries: HistoryEntry[]) => async (ids: string[]) =>
  entries.filter((e) => ids.includes(e.id));

describe("exports of a workspace planted with secrets", () => {
  it.each(["postman", "openapi-json", "openapi-yaml"])(
    "%s: no planted secret without 'Include secrets', names and plain values kept",
    async (format) => {
      const doc = await exportPlanted(format, false);
      expect(leaked(doc, COLLECTION_SECRETS)).toEqual([]);
      if (format === "postman")
        for (const kept of COLLECTION_KEPT) expect(doc.text).toContain(kept);
      // Raw bodies are left as written (the dialog says so).
      expect(doc.text).toContain("raw-body-kept");
      expect(doc.blanked?.length).toBeGreaterThan(0);
    },
  );

  it("postman: every planted secret with 'Include secrets'", async () => {
    const doc = await exportPlanted("postman", true);
    expect(COLLECTION_SECRETS.filter((v) => !doc.text.includes(v))).toEqual([]);
    expect(doc.blanked).toEqual([]);
  });

  it("openapi: every planted secret it carries with 'Include secrets'", async () => {
    const doc = await exportPlanted("openapi-json", true);
    expect(OPENAPI_CARRIED.filter((v) => !doc.text.includes(v))).toEqual([]);
  });

  it("HAR: no planted secret without 'Include secrets', all of them with it", async () => {
    const entries = plantedHistory();
    const blank = await historyExport(historyReader(entries), entries, false);
    expect(leaked(blank, HISTORY_SECRETS)).toEqual([]);
    expect(blank.text).toContain("client_secret");
    expect(blank.text).toContain("ann");
    const full = await historyExport(historyReader(entries), entries, true);
    expect(HISTORY_SECRETS.filter((v) => !full.text.includes(v))).toEqual([]);
  });

  it("environment and globals files: no secret without 'Include secrets', all with it", () => {
    const env = plantedEnvironment();
    const globals = plantedGlobals();
    const envSecrets = ["plant-env-token", "plant-env-secret-typed"];
    const globalSecrets = ["plant-globals-apikey", "plant-globals-secret-typed"];
    const blankEnv = environmentExport(env, false);
    const blankGlobals = globalsExport(globals, "ws", false);
    expect(leaked(blankEnv, envSecrets)).toEqual([]);
    expect(leaked(blankGlobals, globalSecrets)).toEqual([]);
    expect(blankEnv.text).toContain("kept-region");
    expect(blankGlobals.text).toContain("kept-host");
    expect(leaked(environmentExport(env, true), envSecrets)).toEqual(envSecrets);
    expect(leaked(globalsExport(globals, "ws", true), globalSecrets)).toEqual(globalSecrets);
  });
});
