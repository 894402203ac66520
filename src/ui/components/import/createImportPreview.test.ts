// @vitest-environment jsdom
import { createRoot } from "solid-js";
import { describe, expect, it, vi } from "vitest";
import type { Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import { sampleCollection } from "../../../core/import/postman/test/sample";
import type { Bundle } from "../../../core/model";
import type { Result } from "../../../core/result";
import type { ImportWriter } from "../../host/importWriter";
import { makeImportWriter } from "../../host/importWriter";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeTestDeps } from "../../testing/fixtures";
import type { ImportJob, Importer } from "../../workerClients/importClient";
import { importInProcess } from "../../workerClients/importClient";
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

/** An importer that records what it was handed, what was let go, and the writer it stored to. */
function fakeImporter(stored: Result<{ warnings: string[] }>) {
  const sources: (string | Blob)[] = [];
  const names: (string | undefined)[] = [];
  const disposed: string[] = [];
  const writers: ImportWriter[] = [];
  const importer: Importer = async (source, _ws, name) => {
    sources.push(source);
    names.push(name);
    const label = source instanceof File ? source.name : "text";
    const job: ImportJob = {
      kind: "openapi",
      summary: "1 collection, 2 requests",
      warnings: ["seen in the preview"],
      external: [],
      store: async (writer) => {
        writers.push(writer);
        return stored.ok
          ? { ok: true, value: { nodes: [], warnings: stored.value.warnings } }
          : stored;
      },
      dispose: () => disposed.push(label),
    };
    return { ok: true, value: job };
  };
  return { importer, sources, names, disposed, writers };
}

/** A writer that keeps what it was handed (all chunks, or nothing when one fails). */
function recordingWriter() {
  const written: Bundle[][] = [];
  const writer: ImportWriter = {
    workspaceId: async () => "ws",
    write: async (next) => {
      const chunks: Bundle[] = [];
      for (let chunk = await next(); chunk; chunk = await next()) chunks.push(chunk);
      written.push(chunks);
      return [];
    },
  };
  return { writer, written };
}

/** Runs `body` with a fresh preview state; cleans up after. */
async function withState(
  importer: Importer | undefined,
  body: (state: ReturnType<typeof createImportPreview>) => Promise<void>,
  writer: ImportWriter = recordingWriter().writer,
) {
  const deps = makeTestDeps();
  let dispose = () => {};
  const state = createRoot((d) => {
    dispose = d;
    return createImportPreview({ writer, deps, transport }, [], importer);
  });
  try {
    await body(state);
  } finally {
    dispose();
  }
}

/** Waits until `check` holds (the importer answers after a few tasks, a module load at first). */
const until = (check: () => boolean) =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000, interval: 5 });

describe("createImportPreview", () => {
  it("hands a chosen file to the importer unread, and lets a replaced one go", async () => {
    const { importer, sources, names, disposed } = fakeImporter({
      ok: true,
      value: { warnings: [] },
    });
    await withState(importer, async (state) => {
      const first = bigSpec("first");
      state.chooseFiles([first]);
      await until(() => state.preview() !== undefined);
      expect(sources).toEqual([first]);
      expect(names).toEqual(["a.json"]);
      state.chooseFiles([new File([first], "b.json")]);
      await until(() => sources.length === 2 && state.preview() !== undefined);
      expect(disposed).toEqual(["a.json"]);
    });
    expect(disposed).toEqual(["a.json", "b.json"]);
  });

  it("sends pasted text of any format to the importer, and stores through the writer", async () => {
    const { importer, sources, names, writers } = fakeImporter({
      ok: true,
      value: { warnings: [] },
    });
    const { writer } = recordingWriter();
    await withState(
      importer,
      async (state) => {
        state.setText("  ");
        state.setText("curl https://x.test");
        await until(() => state.preview() !== undefined);
        // Blank text is not sent; the rest goes as it is, with no name.
        expect(sources).toEqual(["curl https://x.test"]);
        expect(names).toEqual([undefined]);
        expect(await state.store()).toEqual({
          summary: "1 collection, 2 requests",
          nodes: [],
          warnings: [],
        });
        expect(writers).toEqual([writer]);
        state.setText("");
        expect(state.preview()).toBeUndefined();
      },
      writer,
    );
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

describe("createImportPreview over the import service (in-process)", () => {
  it("previews a Postman collection and streams it into the writer", async () => {
    const { writer, written } = recordingWriter();
    await withState(
      importInProcess(makeTestDeps()),
      async (state) => {
        state.chooseFiles([new File([JSON.stringify(sampleCollection)], "sample.json")]);
        await until(() => state.preview() !== undefined);
        expect(state.preview()?.summary).toBe("1 collection, 2 folders, 6 requests");
        expect(state.externalRefs()).toEqual([]);
        const stored = await state.store();
        expect(stored?.summary).toBe("1 collection, 2 folders, 6 requests");
        expect(written).toHaveLength(1);
        expect(written[0]?.flatMap((c) => c.collections).map((c) => c.name)).toEqual(["Sample"]);
        expect(written[0]?.flatMap((c) => c.requests)).toHaveLength(6);
      },
      writer,
    );
  });

  it("stores nothing when a chunk fails part-way, and says why", async () => {
    const deps = makeTestDeps();
    const fake = makeFakeRepos(deps);
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 120; i++) paths[`/ok${i}`] = { get: { responses: {} } };
    // String() of this parameter name throws, deep in the conversion of operation 121.
    paths["/bad"] = { get: { parameters: [{ name: { toString: 1 }, in: "query" }] } };
    const spec = JSON.stringify({ openapi: "3.0.0", info: { title: "T", version: "1" }, paths });
    await withState(
      importInProcess(deps),
      async (state) => {
        state.setText(spec);
        await until(() => state.preview() !== undefined);
        expect(await state.store()).toBeUndefined();
        expect(state.error()?.code).toBe("INVALID_OPENAPI");
        expect(fake.calls).toContain("imports.storeStreamed");
        expect(fake.rows.collection.size + fake.rows.request.size).toBe(0);
      },
      makeImportWriter(fake.repos),
    );
  });
});
