// The link the agent prints opens the app the user runs: the one `npm start` serves, or the
// origin they allowed with --allow-origin (a deployed Satchel).
import { tmpdir } from "node:os";
import { expect, it } from "vitest";
import { spawnSatchel } from "../cli/test/spawnSatchel";

/** Starts an agent with `flags`, returns the link it prints, and stops it. */
async function printedLink(flags: string[]): Promise<string> {
  const child = spawnSatchel(["agent", "--port", "0", ...flags], tmpdir());
  try {
    return await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const link = /open (\S+);/.exec(out)?.[1];
        if (link) resolve(link);
      });
      child.once("exit", (code) => reject(new Error(`agent exited (${code}): ${out}`)));
    });
  } finally {
    child.kill("SIGTERM");
  }
}

it("links to the app `npm start` serves, or to the origin --allow-origin names", async () => {
  expect(await printedLink([])).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#pair=/);
  expect(await printedLink(["--allow-origin", "https://satchel.example.com"])).toMatch(
    /^https:\/\/satchel\.example\.com\/#pair=[^&]+&agent=http%3A%2F%2F127\.0\.0\.1%3A\d+$/,
  );
}, 60_000);
