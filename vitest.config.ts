import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";

/** Unit tests: core/db/workers in Node; UI component tests opt into jsdom per file. */
export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ["development", "browser"] },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    pool: "threads",
  },
});
