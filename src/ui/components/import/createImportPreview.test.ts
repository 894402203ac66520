// @vitest-environment jsdom
import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import type { Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import type { Result } from "../../../core/result";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeTestDeps } from "../../testing/fixtures";
import type { PreparedOpenApi } from "../../workerClients/openapiClient";
import type { SpecImporter } from "./createImportPreview";
import { createImportPreview } from "./createImportPreview";

const transport: Transport = {
  name: "none",
  capabilities: NO_CAPABILITIES,
  send: () => Promise.reject(new Error("no network in this test")),
};

const bigSpec = (title: string) =>
  new File(
    [`{"openapi":"3.1.0","info":{"title":"${title}","x":"${"x".repeat(9_000)}"}}`],
    "a.json",
  );

/** An importer that records what it was handed, and what was let go. */
function fakeImporter(stored: Result<{ warnings: string[] }>) {
  const sources: (string | Blob)[] = [];
  const disposed: string[] = [];
  const importer: SpecImporter = async (source) => {
    sources.push(source);
    const name = source instanceof File ? source.name : "text";
    const prepared: PreparedOpenApi = {
      summary: "1 collection, 2 requests",
      warnings: ["seen in the preview"],
      external: [],
      store: async () =>
        stored.ok ? { ok: true, value: { nodes: [], warnings: stored.value.warnings } } : stored,
      dispose: () => disposed.push(name),
    };
    return { ok: true, value: prepared };
  };
  return { importer, sources, disposed };
}

/** Runs `body` with a fresh preview state over fake repos; cleans up after. */
async function withState(
  importer: SpecImporter,
  body: (state: ReturnType<typeof createImportPreview>) => Promise<void>,
) {
  const deps = makeTestDeps();
  const fake = makeFakeRepos(deps);
  let dispose = () => {};
  const state = createRoot((d) => {
    dispose = d;
    return createImportPreview(fake.repos, deps, transport, [], importer);
  });
  try {
    await body(state);
  } finally {
    dispose();
  }
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
};

describe("createImportPreview with OpenAPI", () => {
  it("hands a big spec file to the importer unread, and lets a replaced one go", async () => {
    const { importer, sources, disposed } = fakeImporter({ ok: true, value: { warnings: [] } });
    await withState(importer, async (state) => {
      const first = bigSpec("first");
      state.chooseFiles([first]);
      await until(() => state.preview() !== undefined);
      expect(sources).toEqual([first]);
      state.chooseFiles([new File([first], "b.json")]);
      await until(() => sources.length === 2 && state.preview() !== undefined);
      expect(disposed).toEqual(["a.json"]);
    });
    expect(disposed).toEqual(["a.json", "b.json"]);
  });

  it("returns the warnings the conversion found", async () => {
    const warnings = ["Unresolved $ref found while converting"];
    const { importer } = fakeImporter({ ok: true, value: { warnings } });
    await withState(importer, async (state) => {
      state.setText("openapi: 3.0.0\npaths: {}\n");
      await until(() => state.preview() !== undefined);
      expect(state.preview()?.warnings).toEqual(["seen in the preview"]);
      const stored = await state.store();
      expect(stored?.warnings).toEqual(["Unresolved $ref found while converting"]);
    });
  });

  it("words a failed store like any storage error", async () => {
    const quota = { code: "QUOTA_EXCEEDED", message: "QuotaExceededError" };
    const { importer } = fakeImporter({ ok: false, error: quota });
    await withState(importer, async (state) => {
      state.setText("openapi: 3.0.0\npaths: {}\n");
      await until(() => state.preview() !== undefined);
      expect(await state.store()).toBeUndefined();
      expect(state.error()?.code).toBe("QUOTA_EXCEEDED");
      expect(state.error()?.message).toMatch(/^Couldn't import\. /);
      expect(state.error()?.message).not.toContain("QuotaExceededError");
    });
  });
});
