// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetOnceQueries } from "../../testing/onceQuery";
import { THEME_CACHE_KEY, THEME_COLORS, THEME_KEY, createThemeStore } from "../../stores/theme";
import { makeFakeStorage } from "../../testing/fakeStorage";
import { ThemeSwitch } from "./ThemeSwitch";

/** A controllable prefers-color-scheme media query. */
function fakeMedia(dark: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, fn: (e: { matches: boolean }) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (e: { matches: boolean }) => void) => listeners.delete(fn),
  };
  const set = (value: boolean) => {
    media.matches = value;
    for (const fn of listeners) fn({ matches: value });
  };
  return { matchMedia: () => media as unknown as MediaQueryList, set, listeners };
}

let meta: HTMLMetaElement;
beforeEach(() => {
  meta = document.createElement("meta");
  meta.name = "theme-color";
  meta.content = "#1f6feb";
  document.head.append(meta);
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  resetOnceQueries();
  meta.remove();
  delete document.documentElement.dataset.theme;
});

function setup(opts: { stored?: string; dark?: boolean } = {}) {
  const storage = makeFakeStorage();
  if (opts.stored) storage.settings.set(THEME_KEY, opts.stored);
  const media = fakeMedia(opts.dark ?? false);
  render(() => {
    const store = createThemeStore({ repos: storage.repos, matchMedia: media.matchMedia });
    return <ThemeSwitch store={store} />;
  });
  const select = screen.getByRole("combobox", { name: "Theme" }) as HTMLSelectElement;
  return { storage, media, select };
}

describe("ThemeSwitch", () => {
  it("sets data-theme, the theme colour and the stored setting", async () => {
    const { storage, select } = setup();
    expect(select.value).toBe("system");
    expect(document.documentElement.dataset.theme).toBeUndefined();
    fireEvent.change(select, { target: { value: "dark" } });
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(meta.content).toBe(THEME_COLORS.dark);
    expect(localStorage.getItem(THEME_CACHE_KEY)).toBe("dark");
    await waitFor(() => expect(storage.settings.get(THEME_KEY)).toBe("dark"));
    fireEvent.change(select, { target: { value: "light" } });
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(meta.content).toBe(THEME_COLORS.light);
  });

  it("follows the system preference live under System", () => {
    const { media } = setup({ dark: true });
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
    expect(meta.content).toBe(THEME_COLORS.dark);
    media.set(false);
    expect(meta.content).toBe(THEME_COLORS.light);
    cleanup();
    expect(media.listeners.size).toBe(0);
  });

  it("starts on the stored theme", async () => {
    const { select } = setup({ stored: "dark" });
    await waitFor(() => expect(select.value).toBe("dark"));
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("applies the cached choice before the setting loads", () => {
    localStorage.setItem(THEME_CACHE_KEY, "light");
    const { select } = setup({ dark: true });
    expect(select.value).toBe("light");
    expect(document.documentElement.dataset.theme).toBe("light");
  });
});
