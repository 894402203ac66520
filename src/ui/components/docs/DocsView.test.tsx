// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyBody, makeCollection, makeFolder, makeRequest } from "../../../core/factory";
import { makeTestDeps } from "../../testing/fixtures";
import { DocsView } from "./DocsView";
import type { CollectionDocs } from "./docsOutline";
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const kv = (key: string, value: string, enabled = true) => ({ key, value, enabled });

function docs(): CollectionDocs {
  const deps = makeTestDeps();
  const collection = makeCollection(deps, {
    workspaceId: "ws",
    name: "Shop API",
    description: "# Shop\n\nAll **shop** endpoints.",
  });
  const c = collection.id;
  const orders = makeFolder(deps, {
    collectionId: c,
    name: "Orders",
    sort: 2,
    description: "Order _lifecycle_.",
  });
  const list = makeRequest(deps, {
    collectionId: c,
    name: "List products",
    url: "{{base}}/products?page=1",
    params: [kv("page", "1"), kv("debug", "1", false)],
    headers: [{ ...kv("Accept", "application/json"), description: "what we want back" }],
    description: "Returns a [page](https://example.test/paging) of products.",
    sort: 1,
    examples: [
      {
        id: "ex1",
        name: "First page",
        status: 200,
        statusText: "OK",
        headers: [kv("Content-Type", "application/json")],
        body: '{"items":[]}',
      },
    ],
  });
  const create = makeRequest(deps, {
    collectionId: c,
    parentId: orders.id,
    name: "Create order",
    method: "POST",
    url: "{{base}}/orders",
    body: { ...emptyBody(), mode: "raw", language: "json", raw: '{"sku":"A1"}' },
    sort: 1,
  });
  return { collection, folders: [orders], requests: [create, list] };
}

describe("DocsView", () => {
  it("documents the collection, its folders and requests in order", () => {
    render(() => <DocsView docs={docs()} />);
    const view = screen.getByRole("article", { name: "Documentation of Shop API" });
    expect(within(view).getByRole("heading", { name: "Shop", level: 1 })).toBeTruthy();
    const headings = within(view)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(["GET List products", "Orders"]);
    expect(within(view).getByRole("heading", { name: "POST Create order", level: 4 })).toBeTruthy();

    const list = within(view).getByRole("region", { name: "GET List products" });
    expect(within(list).getByText("{{base}}/products?page=1")).toBeTruthy();
    const paging = within(list).getByRole("link", { name: "page" });
    expect(paging.getAttribute("rel")).toBe("noopener noreferrer");
    const params = within(list).getByRole("table", { name: "Query parameters" });
    expect(within(params).getByText("page")).toBeTruthy();
    expect(within(params).queryByText("debug")).toBeNull();
    const headers = within(list).getByRole("table", { name: "Headers" });
    expect(within(headers).getByText("what we want back")).toBeTruthy();
    expect(within(list).getByText("First page")).toBeTruthy();
    expect(within(list).getByText('{"items":[]}')).toBeTruthy();

    const create = within(view).getByRole("region", { name: "POST Create order" });
    expect(within(create).getByText('{"sku":"A1"}')).toBeTruthy();
    expect(within(view).getByText("lifecycle").tagName).toBe("EM");
  });

  it("says when the collection has no description", () => {
    const d = docs();
    render(() => <DocsView docs={{ ...d, collection: { ...d.collection, description: "" } }} />);
    expect(screen.getByText("This collection has no description.")).toBeTruthy();
  });

  it("renders a long collection in batches as it scrolls, and all of it before printing", () => {
    let reveal: IntersectionObserverCallback = () => {};
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: IntersectionObserverCallback) {
          reveal = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const d = docs();
    const deps = makeTestDeps();
    const requests = Array.from({ length: 100 }, (_, i) =>
      makeRequest(deps, { collectionId: d.collection.id, name: `R${i}`, sort: i }),
    );
    render(() => <DocsView docs={{ ...d, folders: [], requests }} />);
    const regions = () => screen.queryAllByRole("region").length;
    expect(regions()).toBe(40);
    expect(screen.getByRole("status").textContent).toBe("Loading more requests…");
    reveal([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
    expect(regions()).toBe(80);
    window.dispatchEvent(new Event("beforeprint"));
    expect(regions()).toBe(100);
    expect(screen.queryByRole("status")).toBeNull();
  });
});
