// Time from page load to the first script result in Chromium: a fresh browser context loads the
// app, opens the demo request that has a test script and sends it; the clock runs from the page's
// load event to the test result on screen, and separately from the Send click (which includes
// starting the script worker and QuickJS).
import { median, report } from "./lib/stats.mjs";
import { APP } from "./lib/servers.mjs";

const RUNS = 5;

export async function benchFirstScript(browser) {
  const fromLoad = [];
  const fromSend = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(APP);
    const demo = page.getByRole("treeitem", { name: "Satchel demo", exact: true });
    await demo.waitFor();
    if ((await demo.getAttribute("aria-expanded")) === "false") {
      await demo.click();
      await demo.press("ArrowRight");
    }
    await page.getByRole("treeitem", { name: "Get with query params" }).click();
    const send = page.getByRole("button", { name: "Send", exact: true });
    await send.waitFor();
    const clickAt = await page.evaluate(() => performance.now());
    await send.click();
    const response = page.getByRole("region", { name: "Response" });
    await response.getByRole("tab", { name: "Tests" }).waitFor();
    const shownAt = await page.evaluate(() => performance.now());
    const loadAt = await page.evaluate(
      () => performance.getEntriesByType("navigation")[0].loadEventEnd,
    );
    fromSend.push(shownAt - clickAt);
    fromLoad.push(shownAt - loadAt);
    await context.close();
  }
  return report("first-script-result", {
    runs: RUNS,
    sendToFirstResultMsMedian: +median(fromSend).toFixed(0),
    sendToFirstResultMs: fromSend.map((x) => +x.toFixed(0)),
    loadToFirstResultMsMedian: +median(fromLoad).toFixed(0),
    loadToFirstResultMs: fromLoad.map((x) => +x.toFixed(0)),
    targetMs: 300,
    withinTarget: median(fromSend) < 300,
  });
}
