// Time to show a 50 MB JSON response in Chromium, and the longest main-thread task meanwhile
// (target: none over 200 ms). The response comes from the local test API.
import { median, report } from "./lib/stats.mjs";
import { API, openRequestTab } from "./lib/servers.mjs";

const RUNS = 3;
const MB = 50;

export async function benchBigResponse(browser) {
  const times = [];
  const longest = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await openRequestTab(browser);
    await page.getByRole("textbox", { name: "URL", exact: true }).fill(`${API}/big?mb=${MB}`);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page
      .getByRole("region", { name: "Body text" })
      .getByText('"id": 0', { exact: false })
      .first()
      .waitFor({ timeout: 120_000 });
    const t1 = await page.evaluate(() => performance.now());
    times.push(t1 - t0);
    longest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
    await context.close();
  }
  return report("response-50mb", {
    megabytes: MB,
    runs: RUNS,
    sendToFirstLinesMsMedian: +median(times).toFixed(0),
    sendToFirstLinesMs: times.map((x) => +x.toFixed(0)),
    longestTaskMsMedian: +median(longest).toFixed(0),
    longestTaskMs: longest.map((x) => +x.toFixed(0)),
    targetLongestTaskMs: 200,
    withinTarget: Math.max(...longest) <= 200,
  });
}
