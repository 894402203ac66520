/**
 * The colour theme: "system" (follow prefers-color-scheme, live), "light" or "dark". Stored in the
 * "theme" setting, mirrored to localStorage so index.html can apply it before first paint, and
 * applied as `data-theme` on <html> (theme.css) plus `<meta name="theme-color">`.
 */
import type { Accessor } from "solid-js";
import { createMemo, createRenderEffect, createSignal, onCleanup } from "solid-js";
import type { Repos } from "../../db/repos/types";
import { errorText } from "../commands/errorText";
import type { Notify } from "./toasts";
import { notify as defaultNotify } from "./toasts";

/** The user's choice. */
export type ThemeChoice = "system" | "light" | "dark";

/** The settings key. */
export const THEME_KEY = "theme";
/** The localStorage key read by the pre-paint snippet in index.html. */
export const THEME_CACHE_KEY = "satchel.theme";
/** The browser UI colour per resolved theme (the header's --bg-subtle in theme.css). */
export const THEME_COLORS = { light: "#f6f8fa", dark: "#151b23" } as const;

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];
const DARK_QUERY = "(prefers-color-scheme: dark)";

/** True for a valid stored choice. */
export const isThemeChoice = (v: unknown): v is ThemeChoice => CHOICES.includes(v as ThemeChoice);

/** What the theme store needs; everything but `repos` defaults to the real browser. */
export interface ThemeStoreDeps {
  repos: Repos;
  root?: HTMLElement;
  matchMedia?: (query: string) => MediaQueryList;
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  notify?: Notify;
}

/** The theme store (see {@link createThemeStore}). */
export interface ThemeStore {
  theme: Accessor<ThemeChoice>;
  /** What is shown: the choice, or the system preference under "system". */
  resolved: Accessor<"light" | "dark">;
  setTheme(theme: ThemeChoice): Promise<void>;
}

function readCache(storage: ThemeStoreDeps["storage"]): ThemeChoice | undefined {
  try {
    const value = storage?.getItem(THEME_CACHE_KEY);
    return isThemeChoice(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the theme store and keeps <html> in sync with it until the owner is disposed. */
export function createThemeStore(ctx: ThemeStoreDeps): ThemeStore {
  const root = ctx.root ?? document.documentElement;
  const storage = ctx.storage === undefined ? globalThis.localStorage : ctx.storage;
  const notify = ctx.notify ?? defaultNotify;
  const media =
    ctx.matchMedia?.(DARK_QUERY) ??
    (typeof matchMedia === "function" ? matchMedia(DARK_QUERY) : undefined);
  const [systemDark, setSystemDark] = createSignal(media?.matches ?? false);
  if (media) {
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    media.addEventListener("change", onChange);
    onCleanup(() => media.removeEventListener("change", onChange));
  }
  const [theme, setThemeSignal] = createSignal<ThemeChoice>(readCache(storage) ?? "system");
  let chosen = false;
  void ctx.repos.settings
    .get<unknown>(THEME_KEY, "system")
    .then((value) => !chosen && isThemeChoice(value) && setThemeSignal(value))
    .catch(() => undefined);
  const resolved = createMemo(() => {
    const t = theme();
    return t === "system" ? (systemDark() ? "dark" : "light") : t;
  });
  createRenderEffect(() => {
    const t = theme();
    if (t === "system") delete root.dataset.theme;
    else root.dataset.theme = t;
    const meta = root.ownerDocument.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    meta?.setAttribute("content", THEME_COLORS[resolved()]);
    try {
      storage?.setItem(THEME_CACHE_KEY, t);
    } catch {
      // Private mode or storage disabled: the pre-paint snippet just falls back to "system".
    }
  });
  return {
    theme,
    resolved,
    setTheme: async (next) => {
      chosen = true;
      setThemeSignal(next);
      try {
        await ctx.repos.settings.set(THEME_KEY, next);
      } catch (error) {
        notify({ kind: "error", message: errorText("save the theme", error) });
      }
    },
  };
}
