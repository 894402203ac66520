// Try-it panels (issue 15) beside Swagger UI (swagger-ui-dist) and RapiDoc, in headless Chromium,
// all served by a small static server on 127.0.0.1 (any other request is aborted):
//  (a) gzip bytes (level 9) of the JS and CSS each fetched before its Petstore operation was
//      interactive — Satchel: until `satchel-ready`; Swagger UI: until the operation's "Try it
//      out" button is there and enabled; RapiDoc: until its first request form (api-request)
//      renders. Counted from the static server's own log (a worker's fetches included).
//  (b) time from the entry script's request to an interactive panel, median of RUNS, for the
//      Petstore spec and GitHub's 13 MB REST description (bench/lib/specs.mjs), Satchel vs Swagger
//      UI, and their ratio.
// Each load runs in a fresh browser context (nothing cached).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../e2e/chromium.mjs";
import { packageFile } from "./lib/specs.mjs";
import { median, report } from "./lib/stats.mjs";

const RUNS = 5;
const TARGET_KB = 60;
/** A load not interactive by then counts as "did not get there" (Swagger UI on GitHub's spec). */
const CAP_MS = 120_000;
const SPECS = {
  petstore: {
    file: "public/try-it-demo/petstore.json",
    method: "get",
    path: "/pet/{petId}",
    tag: "pet",
  },
  github: {
    file: () => packageFile("@octokit/openapi@23.0.2", "generated/api.github.com.json"),
    method: "get",
    path: "/repos/{owner}/{repo}",
    tag: "repos",
  },
};
const MOUNTS = {
  "/try-it/": "dist/try-it/",
  "/assets/": "dist/assets/",
  "/swagger/": "node_modules/swagger-ui-dist/",
  "/rapidoc/": "node_modules/rapidoc/dist/",
};
const TYPES = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".html": "text/html; charset=utf-8",
};

/** The file a URL path maps to, or undefined. */
function fileFor(path) {
  if (path.startsWith("/specs/")) {
    const spec = SPECS[path.slice(7).replace(/\.json$/, "")];
    return spec && (typeof spec.file === "function" ? spec.file() : spec.file);
  }
  const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
  if (!mount) return undefined;
  const file = normalize(join(MOUNTS[mount], decodeURIComponent(path.slice(mount.length))));
  return file.startsWith(normalize(MOUNTS[mount])) && existsSync(file) ? file : undefined;
}

/** A static server for the pages (generated) and the files above; logs every path it serves. */
function startStatic(pages) {
  const log = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    log.push(path);
    if (path in pages) {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      return res.end(pages[path]);
    }
    const file = fileFor(path);
    if (!file || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, log, server }),
    ),
  );
}

// In each page, window.__ready is set (performance.now()) once the operation is interactive, and
// window.__benchReady() tells the bench at that moment.
const READY = `window.__mark = () => { if (window.__ready) return; window.__ready = performance.now();
  if (window.__benchReady) window.__benchReady(); };`;

const satchelPage = (spec, op) => `<!doctype html><meta charset="utf-8"><title>Satchel</title>
<script>${READY} document.addEventListener("satchel-ready", window.__mark);</script>
<satchel-try-it spec-url="/specs/${spec}.json" operation="${op.method.toUpperCase()} ${op.path}"></satchel-try-it>
<script type="module" src="/try-it/satchel-try-it.js"></script>`;

/**
 * Swagger UI with every tag collapsed (its pages for big specs are unusable otherwise), opening the
 * operation's tag and then the operation as a reader would, until "Try it out" is enabled.
 */
const swaggerPage = (spec, op) => `<!doctype html><meta charset="utf-8"><title>Swagger UI</title>
<link rel="stylesheet" href="/swagger/swagger-ui.css"><div id="ui"></div>
<script src="/swagger/swagger-ui-bundle.js"></script>
<script>${READY}
SwaggerUIBundle({ url: "/specs/${spec}.json", dom_id: "#ui", validatorUrl: null, docExpansion: "none" });
const clicked = new Set();
const once = (el) => { if (el && !clicked.has(el)) { clicked.add(el); el.click(); } };
(function tick() {
  const block = [...document.querySelectorAll(".opblock-${op.method}")].find((b) =>
    b.querySelector('.opblock-summary-path[data-path="${op.path}"]'));
  const button = block && block.querySelector("button.try-out__btn");
  if (button && !button.disabled) return window.__mark();
  if (block) once(block.querySelector(".opblock-summary-control"));
  else once(document.querySelector('[id="operations-tag-${op.tag}"]'));
  requestAnimationFrame(tick);
})();
</script>`;

const rapidocPage = (spec) => `<!doctype html><meta charset="utf-8"><title>RapiDoc</title>
<script>${READY}</script>
<script type="module" src="/rapidoc/rapidoc-min.js"></script>
<rapi-doc spec-url="/specs/${spec}.json" render-style="read"></rapi-doc>
<script>(function tick() {
  const root = document.querySelector("rapi-doc")?.shadowRoot;
  if (root && root.querySelector("api-request")) return window.__mark();
  requestAnimationFrame(tick);
})();</script>`;

const entryScripts = { satchel: "satchel-try-it.js", swagger: "swagger-ui-bundle.js" };

/**
 * One load in a fresh context: {readyMs (from the entry script's request; null when not
 * interactive within `timeout`), paths requested before ready}.
 */
async function loadOnce(browser, site, path, entry, timeout = CAP_MS) {
  const context = await browser.newContext();
  await context.route("**/*", (route) =>
    route.request().url().startsWith(site.origin) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  let before;
  await page.exposeFunction("__benchReady", () => (before ??= site.log.slice(site.start)));
  site.start = site.log.length;
  await page.goto(`${site.origin}${path}`);
  try {
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout, polling: 100 });
  } catch (e) {
    await context.close();
    if (e.name === "TimeoutError") return { readyMs: null, paths: site.log.slice(site.start) };
    throw e;
  }
  const readyMs = await page.evaluate((name) => {
    const script = performance
      .getEntriesByType("resource")
      .find((e) => e.name.endsWith(`/${name}`));
    return window.__ready - (script ? script.startTime : 0);
  }, entry);
  await context.close();
  return { readyMs, paths: before ?? site.log.slice(site.start) };
}

/** Gzip bytes of the JS and CSS among `paths`, per file. */
function gzipOf(paths) {
  const files = {};
  for (const path of new Set(paths)) {
    const file = /\.(m?js|css)$/.test(path) && fileFor(path);
    if (file) files[path] = gzipSync(readFileSync(file), { level: 9 }).length;
  }
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  return { gzipKB: +(total / 1024).toFixed(1), gzipBytes: total, files };
}

/** Runs the try-it benchmark in `browser` and writes bench/results/tryit.json. */
export async function benchTryIt(browser) {
  if (!existsSync("dist/try-it/satchel-try-it.js")) {
    throw new Error("dist/try-it/satchel-try-it.js is missing: run `npx vite build` first");
  }
  const pages = {};
  for (const [spec, op] of Object.entries(SPECS)) {
    pages[`/satchel-${spec}.html`] = satchelPage(spec, op);
    pages[`/swagger-${spec}.html`] = swaggerPage(spec, op);
  }
  pages["/rapidoc-petstore.html"] = rapidocPage("petstore");
  const site = await startStatic(pages);
  try {
    const bytes = {};
    for (const tool of ["satchel", "swagger", "rapidoc"]) {
      const { paths } = await loadOnce(browser, site, `/${tool}-petstore.html`, "");
      bytes[tool] = gzipOf(paths);
    }
    const timing = {};
    for (const spec of Object.keys(SPECS)) {
      const runs = { satchel: [], swagger: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const tool of ["satchel", "swagger"]) {
          // After one load that never got there, the others would not either: skip them.
          if (runs[tool].includes(null)) continue;
          const page = `/${tool}-${spec}.html`;
          runs[tool].push((await loadOnce(browser, site, page, entryScripts[tool])).readyMs);
        }
      }
      const mid = (list) => (list.includes(null) ? null : Math.round(median(list)));
      const satchel = mid(runs.satchel);
      const swagger = mid(runs.swagger);
      timing[spec] = {
        satchelMsMedian: satchel ?? `not interactive within ${CAP_MS} ms`,
        swaggerUiMsMedian: swagger ?? `not interactive within ${CAP_MS} ms`,
        swaggerToSatchelRatio:
          satchel && swagger
            ? +(swagger / satchel).toFixed(2)
            : satchel && `over ${Math.floor(CAP_MS / satchel)}`,
        satchelMs: runs.satchel.map((x) => x && Math.round(x)),
        swaggerUiMs: runs.swagger.map((x) => x && Math.round(x)),
      };
    }
    return report("tryit", {
      runs: RUNS,
      petstoreGzipKB: {
        satchel: bytes.satchel.gzipKB,
        swaggerUi: bytes.swagger.gzipKB,
        rapidoc: bytes.rapidoc.gzipKB,
      },
      targetKB: TARGET_KB,
      withinTarget: bytes.satchel.gzipKB < TARGET_KB,
      readyMs: timing,
      files: {
        satchel: bytes.satchel.files,
        swaggerUi: bytes.swagger.files,
        rapidoc: bytes.rapidoc.files,
      },
      versions: {
        swaggerUi: JSON.parse(readFileSync("node_modules/swagger-ui-dist/package.json", "utf8"))
          .version,
        rapidoc: JSON.parse(readFileSync("node_modules/rapidoc/package.json", "utf8")).version,
      },
      measured:
        "(a) gzip -9 of JS+CSS fetched before the Petstore operation was interactive; (b) ms from the entry script's request to interactive, median of runs",
    });
  } finally {
    site.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    await benchTryIt(browser);
  } finally {
    await browser.close();
  }
}
