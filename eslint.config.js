// Flat config: TypeScript-aware rules everywhere, Solid's rules for the UI.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import solid from "eslint-plugin-solid/configs/typescript";
import globals from "globals";

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
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "solid-js*",
            "dexie*",
            "comlink",
            "@codemirror/*",
            "codemirror",
            "../ui/*",
            "../db/*",
            "../workers/*",
            "../node/*",
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Inject a Clock (src/core/env.ts)." },
        { object: "Math", property: "random", message: "Inject a RandomSource (src/core/env.ts)." },
      ],
    },
  },
);
