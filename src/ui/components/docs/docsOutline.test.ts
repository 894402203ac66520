import { describe, expect, it } from "vitest";
import { makeCollection, makeFolder, makeRequest } from "../../../core/factory";
import { makeTestDeps } from "../../testing/fixtures";
import { docsOutline } from "./docsOutline";

describe("docsOutline", () => {
  it("lists folders and requests depth-first in sidebar order, with depth and path", () => {
    const deps = makeTestDeps();
    const collection = makeCollection(deps, { workspaceId: "ws", name: "API" });
    const c = collection.id;
    const users = makeFolder(deps, { collectionId: c, name: "Users", sort: 2 });
    const admin = makeFolder(deps, { collectionId: c, parentId: users.id, name: "Admin", sort: 3 });
    const health = makeRequest(deps, { collectionId: c, name: "Health", sort: 1 });
    const list = makeRequest(deps, { collectionId: c, parentId: users.id, name: "List", sort: 1 });
    const ban = makeRequest(deps, { collectionId: c, parentId: admin.id, name: "Ban", sort: 1 });
    const orphan = makeRequest(deps, { collectionId: c, parentId: "gone", name: "Orphan" });
    const entries = docsOutline({
      collection,
      folders: [admin, users],
      requests: [ban, orphan, list, health],
    });
    expect(
      entries.map((e) => [
        e.kind === "folder" ? e.folder.name : e.request.name,
        e.depth,
        e.path.join("/"),
      ]),
    ).toEqual([
      ["Health", 1, ""],
      ["Users", 1, ""],
      ["List", 2, "Users"],
      ["Admin", 2, "Users"],
      ["Ban", 3, "Users/Admin"],
    ]);
  });
});
