// Flat config: TypeScript-aware rules everywhere, Solid's rules for the UI, import fences per layer.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import solid from "eslint-plugin-solid/configs/typescript";
import globals from "globals";

/** Packages only the UI (and, for Dexie, db; for Comlink, workers) may import. */
const UI_PACKAGES = ["solid-js", "dexie", "comlink", "@codemirror", "codemirror"];

/**
 * A layer fence (../shared/STYLE.md, "Imports point inward"): in `files`, no relative import of
 * a sibling layer in `layers` at any depth (`../ui/x`, `../../ui/x`, …), and none of `packages`
 * (or their subpaths).
 */
function fence(files, layers, packages, why, ignores = []) {
  const patterns = [
    { regex: `^(\\.\\./)+(${layers.join("|")})(/|$)`, message: `${why} (../shared/STYLE.md).` },
    ...packages.map((p) => ({ regex: `^${p}($|/)`, message: `${why}: no ${p} here.` })),
  ];
  return { files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } };
}

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "dev-dist/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  { files: ["src/ui/**/*.{ts,tsx}"], ...solid },
  fence(
    ["src/core/**/*.{ts,tsx}"],
    ["ui", "db", "workers", "node"],
    UI_PACKAGES,
    "core imports nothing outward",
  ),
  fence(
    ["src/db/**/*.{ts,tsx}"],
    ["ui", "workers", "node"],
    ["solid-js", "comlink", "@codemirror", "codemirror"],
    "db imports only core",
  ),
  fence(
    ["src/workers/**/*.{ts,tsx}"],
    ["ui", "db", "node"],
    ["solid-js", "dexie", "@codemirror", "codemirror"],
    "workers import only core",
  ),
  fence(
    ["src/node/**/*.{ts,tsx}"],
    ["ui", "db"],
    UI_PACKAGES,
    "node imports only core and workers",
  ),
  fence(
    ["src/ui/stores/**/*.ts"],
    // Also the roundabout `../../ui/app/x` (from src/ui/stores it is the same module).
    ["components", "app", "host", "ui/components", "ui/app", "ui/host"],
    [],
    "stores sit below the host, the components and the app that use them",
  ),
  fence(
    ["src/ui/components/**/*.{ts,tsx}", "src/ui/app/**/*.{ts,tsx}"],
    // Also the roundabout `../../../src/db/x`.
    ["db", "src/db"],
    ["dexie"],
    "components reach storage only through the host's hooks (src/ui/host/hooks.tsx)",
    ["**/*.test.{ts,tsx}", "**/testing/**"],
  ),
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Inject a Clock (src/core/clock.ts)." },
        {
          object: "Math",
          property: "random",
          message: "Inject a RandomSource (src/core/clock.ts).",
        },
      ],
    },
  },
);
