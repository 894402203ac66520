import { describe, expect, it, vi } from "vitest";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import type { ToastInput } from "../stores/toasts";
import { makeTreeCommands } from "./treeCommands";
import type { TreeNode } from "../../core/tree";

async function setup() {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  let nodes: TreeNode[] = await fake.repos.tree.listNodes();
  const toasts: ToastInput[] = [];
  const notify = vi.fn((t: ToastInput) => toasts.push(t));
  const openRequest = vi.fn();
  const commands = makeTreeCommands({
    repos: fake.repos,
    deps,
    notify,
    nodes: () => nodes,
    openRequest,
  });
  const refresh = async () => {
    nodes = await fake.repos.tree.listNodes();
    return nodes;
  };
  const node = (id: string) => nodes.find((n) => n.id === id)!;
  return { fx, fake, commands, toasts, openRequest, refresh, node };
}

describe("tree commands", () => {
  it("delete shows an Undo toast that restores the whole subtree", async () => {
    const { fx, fake, commands, toasts, refresh, node } = await setup();
    await commands.remove(node(fx.folder.id));
    expect(fake.rows.folder.has(fx.folder.id)).toBe(false);
    expect(fake.rows.request.has(fx.getUsers.id)).toBe(false);
    const toast = toasts.at(-1)!;
    expect(toast.message).toContain("Users");
    expect(toast.action?.label).toBe("Undo");
    await toast.action!.run();
    expect(fake.calls).toContain("restore");
    const ids = (await refresh()).map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([fx.folder.id, fx.getUsers.id, fx.createUser.id]));
  });

  it("turns a failed write into an error toast instead of throwing", async () => {
    const { fx, fake, commands, toasts, node } = await setup();
    const error = Object.assign(new Error("nope"), { code: "QUOTA_EXCEEDED" });
    fake.repos.tree.remove = () => Promise.reject(error);
    await expect(commands.remove(node(fx.health.id))).resolves.toBeUndefined();
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ kind: "error" });
    expect(toasts[0]!.message).toMatch(/Storage is full/);
  });

  it("ignores blank or unchanged names on rename", async () => {
    const { fx, fake, commands, node } = await setup();
    await commands.rename(node(fx.health.id), "   ");
    await commands.rename(node(fx.health.id), "Health");
    expect(fake.calls.filter((c) => c.startsWith("rename"))).toEqual([]);
    await commands.rename(node(fx.health.id), "  Status ");
    expect(fake.calls).toContain(`rename ${fx.health.id} Status`);
  });

  it("moves an item one place up among its siblings", async () => {
    const { fx, fake, commands, node } = await setup();
    await commands.step(node(fx.createUser.id), -1);
    expect(fake.calls).toContain(`move ${fx.createUser.id} ${fx.collection.id} ${fx.folder.id} 0`);
  });

  it("drops into a folder after its last child", async () => {
    const { fx, fake, commands, node } = await setup();
    await commands.drop(node(fx.health.id), node(fx.folder.id), "inside");
    expect(fake.calls).toContain(`move ${fx.health.id} ${fx.collection.id} ${fx.folder.id} 3`);
  });

  it("creates a request under a folder and opens it", async () => {
    const { fx, fake, commands, openRequest, node } = await setup();
    const id = await commands.newRequest(node(fx.folder.id));
    expect(id).toBeDefined();
    expect(fake.rows.request.get(id!)).toMatchObject({
      parentId: fx.folder.id,
      collectionId: fx.collection.id,
      sort: 3,
    });
    expect(openRequest).toHaveBeenCalledWith(id);
  });

  it("creates a collection after the last one in the default workspace", async () => {
    const { fake, commands } = await setup();
    const id = await commands.newCollection();
    expect(fake.rows.collection.get(id!)).toMatchObject({ workspaceId: "ws", sort: 3 });
  });
});
