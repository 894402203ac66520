import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";

/** Unit tests in Node (core, db, workers, node, conformance/); UI tests opt into jsdom per file. */
export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ["development", "browser"] },
  test: {
    include: [
      "src/**/*.test.{ts,tsx}",
      "conformance/**/*.test.ts",
      "bench/**/*.test.ts",
      "eslint.config.test.ts",
    ],
    environment: "node",
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 20_000,
    pool: "threads",
  },
});
