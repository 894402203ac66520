// Past the browser's walls: the local agent (`satchel agent`, started here as a user would) sends
// what the browser's fetch cannot read — a server without CORS — and shows what fetch hides:
// Set-Cookie (kept in the workspace's jar and sent on the next request), each redirect hop and
// the timing phases; a 100 MB body comes through it without freezing the page.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { API, APP_ORIGIN, AppPage } from "./pages/app";
import type { AgentProcess } from "./pages/agent";
import {
  LONG_TASK_INIT,
  TransportPage,
  longTasksBetween,
  pageNow,
  startAgentProcess,
  statusShown,
  watchStatus,
} from "./pages/agent";

let agent: AgentProcess;

test.beforeAll(async () => {
  agent = await startAgentProcess(APP_ORIGIN);
});

test.afterAll(async () => {
  await agent?.stop();
});

/** "850 ms", "2.33 s", "2 m 5 s" (src/core/format/duration.ts) back to milliseconds. */
function parseDuration(text: string): number {
  const t = text.trim();
  let m = /^(\d+) ms$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(\d+(?:\.\d+)?) s$/.exec(t);
  if (m) return Number(m[1]) * 1000;
  m = /^(\d+) m(?: (\d+) s)?$/.exec(t);
  if (m) return (Number(m[1]) * 60 + Number(m[2] ?? 0)) * 1000;
  throw new Error(`not a duration: "${text}"`);
}

/** Opens the app through a pairing link, pairs, and opens a new request tab. */
async function openPaired(app: AppPage, transport: TransportPage) {
  await transport.openPairingLink(agent.url, await agent.nextCode());
  await transport.pair();
  await expect(app.treeItem("Satchel demo")).toBeVisible();
  // Auto now sends through the agent.
  await expect(transport.picker()).toHaveValue("auto");
  await expect(transport.picker().locator("option:checked")).toHaveText("Auto (local agent)");
  await app.page.getByRole("button", { name: "New request tab" }).click();
}

test("a server without CORS fails through fetch with the agent offered, then answers through the paired agent with its cookies kept and sent back", async ({
  page,
}) => {
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  const session = randomUUID().slice(0, 8);
  await app.open();
  await expect(transport.picker().locator("option:checked")).toHaveText("Auto (browser)");
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/nocors/set-cookie?session=${session}`);
  await app.send();

  // Through fetch: the CORS explanation, what fetch cannot see, and the command to fix it.
  await expect(app.response().getByRole("alert")).toContainText(/CORS/);
  const note = transport.note();
  await expect(note).toContainText("Sent through Browser (fetch); it could not see");
  await expect(note).toContainText("Set-Cookie");
  await expect(note.locator("code")).toHaveText("npx satchel agent");
  await expect(note.getByRole("button", { name: "Copy command" })).toBeVisible();
  await note.getByRole("button", { name: "Connect agent or proxy…" }).click();
  await expect(transport.connections()).toBeVisible();
  await expect(transport.connections().getByRole("status")).toHaveText("Not paired.");

  // Pair by typing the code the agent printed, and choose it.
  await transport.pair(agent.url, await agent.nextCode());
  await transport.picker().selectOption({ label: "Local agent" });
  await expect(transport.picker()).toHaveValue("agent");
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await expect(note).toHaveText("Sent through Local agent.");
  await expect(app.bodyText()).toContainText('"path": "/nocors/set-cookie"');
  // Nothing in the jar yet, so no Cookie went out.
  await expect(app.bodyText()).not.toContainText('"cookie"');

  // Both Set-Cookie headers are listed, in order.
  await transport.responseTab("Headers");
  const headers = app.response().getByRole("table", { name: "Response headers" });
  const setCookies = headers.getByRole("row", { name: /^set-cookie/i });
  await expect(setCookies).toHaveCount(2);
  await expect(setCookies.nth(0)).toContainText(`session=${session}; Path=/; HttpOnly`);
  await expect(setCookies.nth(1)).toContainText("seen=yes; Path=/");

  // The next request to the same server carries both cookies from the workspace's jar.
  await app.url().fill(`${API}/nocors/echo`);
  await app.send();
  await transport.responseTab("Body");
  await expect(app.bodyText()).toContainText('"path": "/nocors/echo"');
  await expect(app.bodyText()).toContainText(
    new RegExp(`"cookie": "[^"]*session=${session}[^"]*"`),
  );
  await expect(app.bodyText()).toContainText(/"cookie": "[^"]*seen=yes[^"]*"/);
});

// The Headers tab says browsers hide Set-Cookie only when the transport could not see it.
test("the Headers tab of an agent response does not claim Set-Cookie is hidden", async ({
  page,
}) => {
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  await openPaired(app, transport);
  await app.url().fill(`${API}/nocors/set-cookie?session=note`);
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await transport.responseTab("Headers");
  const headers = app.response().getByRole("table", { name: "Response headers" });
  await expect(headers.getByRole("row", { name: /^set-cookie/i })).toHaveCount(2);
  await expect(app.response()).not.toContainText("Browsers hide Set-Cookie", { timeout: 2_000 });
});

test("a redirect chain through the agent is listed hop by hop with each Location", async ({
  page,
}) => {
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  await openPaired(app, transport);
  await app.url().fill(`${API}/redirect/3`);
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await expect(transport.note()).toHaveText("Sent through Local agent.");
  await expect(app.bodyText()).toContainText('"path": "/redirect/0"');

  await transport.responseTab("Redirects");
  const hops = app.response().getByRole("list", { name: "Redirect hops" }).getByRole("listitem");
  await expect(hops).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const hop = hops.nth(i);
    await expect(hop).toContainText("302 Found");
    await expect(hop).toContainText(`GET ${API}/redirect/${3 - i}`);
    await expect(hop).toContainText(`Location /redirect/${2 - i}`);
  }
  await expect(app.response()).toContainText(`Final 200 OK ${API}/redirect/0`);
  // A hop's own headers open on demand.
  await app
    .response()
    .getByRole("button", { name: /^Headers \(\d+\) of hop 1$/ })
    .click();
  const hopHeaders = app.response().getByRole("table", { name: "Headers of hop 1" });
  await expect(hopHeaders.getByRole("row", { name: /^location/i })).toContainText("/redirect/2");
});

test("the agent's timing phases show in the Timing tab", async ({ page }) => {
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  await openPaired(app, transport);
  // The server waits 300 ms before answering, so "first byte" has something to measure.
  await app.url().fill(`${API}/nocors/slow?ms=300`);
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await expect(transport.note()).toHaveText("Sent through Local agent.");

  await transport.responseTab("Timing");
  const table = app.response().getByRole("table", { name: "Timing phases" });
  await expect(table).toBeVisible();
  await expect(app.response()).not.toContainText("The browser's fetch exposes only the total");
  const phase = async (name: string) => {
    const row = table.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(row).toHaveCount(1);
    const cell = row.getByRole("cell").first();
    await expect(cell).toHaveText(/^\d+(\.\d+)? (ms|s)$/);
    return parseDuration(await cell.innerText());
  };
  const names = ["DNS lookup", "TCP connect", "Waiting \\(first byte\\)", "Download", "Total"];
  const [, , firstByte = 0, , total = 0] = await Promise.all(names.map(phase));
  expect(firstByte).toBeGreaterThanOrEqual(290);
  expect(total).toBeGreaterThanOrEqual(firstByte);
});

test("a 100 MB download through the agent opens without a main-thread task over 200 ms", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(LONG_TASK_INIT);
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  await openPaired(app, transport);
  await app.url().fill(`${API}/nocors/big?mb=100`);

  await watchStatus(page, "200 OK");
  const sent = await pageNow(page);
  await app.send();
  // Wait inside the page: no polling by the harness while the page is measured (see watchStatus).
  const shown = await statusShown(page);
  const untilStatus = await longTasksBetween(page, sent, shown);
  await expect(app.status()).toHaveText("200 OK");
  await expect(app.response()).toContainText("Size 100 MB");
  await expect(transport.note()).toHaveText("Sent through Local agent.");
  // Then the body's first lines (formatted in a worker), reported but not bounded here.
  await expect(app.bodyText()).toContainText('"id": 0', { timeout: 30_000 });
  const untilBody = await longTasksBetween(page, sent);

  const longest = Math.round(Math.max(0, ...untilStatus));
  const longestToBody = Math.round(Math.max(0, ...untilBody));
  const list = (tasks: number[]) => tasks.map(Math.round).join(", ") || "none";
  test
    .info()
    .annotations.push(
      { type: "Send → status (ms)", description: String(Math.round(shown - sent)) },
      { type: "long tasks, Send → status (ms)", description: list(untilStatus) },
      { type: "long tasks, Send → first body lines (ms)", description: list(untilBody) },
    );
  console.log(
    `100 MB through the agent: status after ${Math.round(shown - sent)} ms, longest task ` +
      `${longest} ms until then [${list(untilStatus)}]; ${longestToBody} ms until the body's ` +
      `first lines [${list(untilBody)}]`,
  );
  expect(longest).toBeLessThan(200);
});

test("through fetch the Timing tab shows the phases Resource Timing allows, else says why not", async ({
  page,
}) => {
  const app = new AppPage(page);
  const transport = new TransportPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  // A server that sends Timing-Allow-Origin: the browser gives the page the phases.
  await app.url().fill(`${API}/cors/timed`);
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await expect(transport.note()).toContainText("Sent through Browser (fetch)");
  await transport.responseTab("Timing");
  const table = app.response().getByRole("table", { name: "Timing phases" });
  await expect(table.getByRole("row", { name: /^Waiting \(first byte\)/ })).toHaveCount(1);
  // One that does not: only the total, and the sentence that says what the browser hides.
  await app.url().fill(`${API}/cors/untimed`);
  await app.send();
  await expect(app.status()).toHaveText("200 OK");
  await transport.responseTab("Timing");
  await expect(app.response()).toContainText("The browser's fetch exposes only the total");
  await expect(app.response().getByRole("table", { name: "Timing phases" })).toHaveCount(0);
});
