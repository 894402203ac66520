import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";
import { guestLibsPlugin } from "./src/workers/sandbox/build/guestLibsPlugin";

/**
 * The app build. The service worker (src/workers/sw.ts) is built by vite-plugin-pwa's
 * injectManifest strategy: Workbox precaches every asset (code, wasm, fonts, icons) and the
 * same worker answers the in-app echo endpoint.
 */
export default defineConfig({
  plugins: [
    solid(),
    guestLibsPlugin(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/workers",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifest: {
        name: "Satchel",
        short_name: "Satchel",
        description: "An API client that lives in your browser, offline.",
        theme_color: "#1f6feb",
        background_color: "#ffffff",
        display: "standalone",
        start_url: "/",
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          {
            src: "icons/maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,wasm,svg,png,woff2,ico,webmanifest}"],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    // index.html is the app; embed.html is the read-only /embed page for iframes (no database).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        embed: fileURLToPath(new URL("./embed.html", import.meta.url)),
      },
    },
  },
  worker: { format: "es" },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
