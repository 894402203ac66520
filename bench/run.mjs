// `npm run bench`: builds the app, then measures the app shell's size, the 10,000-request sidebar
// a 50 MB response, a 200,000-line console and the first script result in headless Chromium, and
// the script sandbox's per-request cost against Newman's, and the local agent's overhead and the
// team proxy's throughput, and the try-it panel's bytes and time to interactive beside Swagger UI's
// and RapiDoc's. Figures print and land in bench/results/*.json.
import { execSync } from "node:child_process";
import { measureBundle } from "./bundle.mjs";
import { benchSidebar } from "./sidebar.mjs";
import { benchBigResponse } from "./bigResponse.mjs";
import { benchFirstScript } from "./firstScript.mjs";
import { benchScripts } from "./scripts.mjs";
import { benchRunner } from "./runner.mjs";
import { benchAgent } from "./agent.mjs";
import { benchOpenApi } from "./openapi.mjs";
import { benchBrowserRunner } from "./browserRunner.mjs";
import { benchConsole } from "./console.mjs";
import { benchTryIt } from "./tryit.mjs";
import { startBrowserBench } from "./lib/servers.mjs";

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

if (!process.env.BENCH_SKIP_BUILD) execSync("npm run build", { stdio: "inherit" });
if (want("bundle")) measureBundle();
if (want("runner")) await benchRunner();
if (want("agent")) await benchAgent();
const browserBenches = [
  "scripts",
  "sidebar",
  "response",
  "first-script",
  "openapi",
  "browser-runner",
  "console",
  "tryit",
];
if (browserBenches.some(want)) {
  const { browser, close } = await startBrowserBench();
  try {
    if (want("scripts")) await benchScripts(browser);
    if (want("sidebar")) await benchSidebar(browser);
    if (want("response")) await benchBigResponse(browser);
    if (want("first-script")) await benchFirstScript(browser);
    if (want("openapi")) await benchOpenApi(browser);
    if (want("browser-runner")) await benchBrowserRunner(browser);
    if (want("console")) await benchConsole(browser);
    if (want("tryit")) await benchTryIt(browser);
  } finally {
    await close();
  }
}
