import { describe, expect, it, vi } from "vitest";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { makeImportWriter } from "./importWriter";

describe("makeImportWriter", () => {
  it("imports into the host's workspace, never creating one of its own", async () => {
    // Regression: a shared link opened on a first start previewed before the host had seeded
    // the demo; the writer's own ensureDefault() created an unseeded workspace, so no demo.
    const deps = makeTestDeps();
    const fake = makeFakeRepos(deps, makeFixture(deps).seed);
    const ensureDefault = vi.spyOn(fake.repos.workspace, "ensureDefault");
    let ready!: (id: string) => void;
    const hostWorkspace = new Promise<string>((resolve) => (ready = resolve));
    const writer = makeImportWriter(fake.repos, () => hostWorkspace);
    const id = writer.workspaceId();
    ready("ws-host");
    expect(await id).toBe("ws-host");
    expect(ensureDefault).not.toHaveBeenCalled();
  });

  it("falls back to the default workspace when the host gives none", async () => {
    const deps = makeTestDeps();
    const fake = makeFakeRepos(deps, makeFixture(deps).seed);
    const expected = (await fake.repos.workspace.ensureDefault()).id;
    expect(await makeImportWriter(fake.repos).workspaceId()).toBe(expected);
  });
});
