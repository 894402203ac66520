// `npm run test:e2e:stress`: the whole e2e suite 20 times (--repeat-each 20) against the built app
// while a CPU-heavy process runs beside it, so races in editors, drafts, workers and storage show
// up here rather than as a flaky CI run. Extra arguments go to Playwright (a spec, another
// --repeat-each). Exits with Playwright's code; the CPU hog always ends with it.
import { spawn, spawnSync } from "node:child_process";

const hog = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
const stop = () => hog.kill("SIGKILL");
process.on("exit", stop);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = process.argv.slice(2);
const repeat = args.some((a) => a.startsWith("--repeat-each")) ? [] : ["--repeat-each", "20"];
const started = Date.now();
const run = spawnSync("npx", ["playwright", "test", ...repeat, "--reporter=dot", ...args], {
  stdio: "inherit",
});
console.log(`e2e stress: ${((Date.now() - started) / 60000).toFixed(1)} min beside a CPU hog`);
process.exit(run.status ?? 1);
