// @vitest-environment jsdom
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFakeRepos } from "../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../testing/fixtures";
import { createTabsStore } from "../stores/tabs";
import { focusUrlField, openFirstScreen } from "./firstScreen";

let dispose: () => void = () => {};
afterEach(() => {
  dispose();
  document.body.innerHTML = "";
});

function setup(seeded = true) {
  const deps = makeTestDeps(5_000);
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, seeded ? fx.seed : {});
  const tabs = createRoot((d) => {
    dispose = d;
    return createTabsStore({ repos: fake.repos, deps, notify: vi.fn(() => 0) });
  });
  // The editor's URL field, as MainPanel renders it for the active tab.
  document.body.innerHTML = '<div id="request-panel"><input aria-label="URL"></div>';
  const url = document.querySelector("input")!;
  return { fx, fake, tabs, url };
}

describe("openFirstScreen", () => {
  it("opens the first collection's first top-level request and focuses the URL field", async () => {
    const { fx, fake, tabs, url } = setup();
    await openFirstScreen(tabs, fake.repos, document);
    expect(tabs.tabs().map((t) => t.id)).toEqual([fx.health.id]);
    expect(tabs.state.activeId).toBe(fx.health.id);
    expect(document.activeElement).toBe(url);
  });

  it("opens a blank request when there is no collection", async () => {
    const { fake, tabs, url } = setup(false);
    await openFirstScreen(tabs, fake.repos, document);
    expect(tabs.tabs()).toHaveLength(1);
    expect(tabs.active()).toMatchObject({ isNew: true, draft: { name: "Untitled request" } });
    expect(document.activeElement).toBe(url);
  });

  it("leaves restored tabs alone", async () => {
    const { fx, fake, tabs, url } = setup();
    await tabs.open(fx.getUsers.id);
    await openFirstScreen(tabs, fake.repos, document);
    expect(tabs.tabs().map((t) => t.id)).toEqual([fx.getUsers.id]);
    expect(document.activeElement).not.toBe(url);
  });
});

describe("focusUrlField", () => {
  it("does not take focus from where the user already is", () => {
    document.body.innerHTML =
      '<input aria-label="Filter requests"><div id="request-panel"><input aria-label="URL"></div>';
    const [filter, url] = [...document.querySelectorAll("input")];
    filter!.focus();
    focusUrlField(document);
    expect(document.activeElement).toBe(filter);
    filter!.blur();
    focusUrlField(document);
    expect(document.activeElement).toBe(url);
  });
});
