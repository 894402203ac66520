// A test script logs 200,000 lines: the longest main-thread task from Send until the Console tab
// shows them (target: none over 200 ms; the page kept all entries and froze 15-18 s before).
import { median, report } from "./lib/stats.mjs";
import { API, longestTask, openRequestTab } from "./lib/servers.mjs";

const RUNS = 3;
const LINES = Number(process.env.BENCH_CONSOLE_LINES ?? 200_000);

export async function benchConsole(browser) {
  const longest = [];
  const toConsole = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await openRequestTab(browser);
    await page.getByRole("textbox", { name: "URL", exact: true }).fill(`${API}/cors/console`);
    await page.getByRole("tab", { name: "Tests" }).click();
    await page
      .getByRole("textbox", { name: "Test script" })
      .fill(`for (let i = 0; i < ${LINES}; i++) console.log("line " + i);`);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const response = page.getByRole("region", { name: "Response" });
    await response.getByRole("tab", { name: "Console" }).click({ timeout: 60_000 });
    await response
      .getByRole("list", { name: "Console output" })
      .getByText(/^log line \d+$/)
      .first()
      .waitFor({ timeout: 60_000 });
    toConsole.push((await page.evaluate(() => performance.now())) - t0);
    longest.push(await longestTask(page));
    await context.close();
  }
  return report("console-200k", {
    lines: LINES,
    runs: RUNS,
    sendToConsoleMsMedian: +median(toConsole).toFixed(0),
    longestTaskMsMedian: +median(longest).toFixed(0),
    longestTaskMs: longest.map((x) => +x.toFixed(0)),
    targetLongestTaskMs: 200,
    withinTarget: Math.max(...longest) <= 200,
  });
}
