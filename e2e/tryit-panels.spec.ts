// Fifty try-it panels on one docs page (issue 15): they share one spec fetch, all become ready,
// and the page stays responsive — no main-thread task over 200 ms while the reader scrolls
// through all of them and types into a few. Long tasks come from a PerformanceObserver installed
// before the page's first script; the test waits inside the page (ready events, animation
// frames), never with a polling expect, whose accessibility snapshots are long tasks themselves.
import { expect, test, type Page } from "@playwright/test";
import { LONG_TASK_INIT, longTasksBetween, pageNow } from "./pages/agent";
import { READY_INIT, TryItPanel, docsPage, servePage, waitForReady } from "./pages/tryit";

const PANELS = 50;
const OPERATIONS = [
  "getPetById",
  "findPetsByStatus",
  "addPet",
  "updatePet",
  "deletePet",
  "placeOrder",
  "getOrderById",
  "createUser",
  "loginUser",
  "getUserByName",
];
const LIMIT_MS = 200;

/** Fifty sections of docs text, each with a panel on the demo page's Petstore spec. */
function fiftyPanels(): string {
  return Array.from({ length: PANELS }, (_, i) => {
    const operation = OPERATIONS[i % OPERATIONS.length] as string;
    return `<section><h2>Endpoint ${i + 1}: ${operation}</h2>
<p>${"Some prose about this endpoint, its parameters and what it answers. ".repeat(6)}</p>
<satchel-try-it spec-url="/try-it-demo/petstore.json" operation="${operation}" app-url="/">
</satchel-try-it></section>`;
  }).join("\n");
}

/** Resolves after the page painted a frame (its main thread got through the queued work). */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));

test("50 panels share one spec and stay responsive while scrolling and typing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(LONG_TASK_INIT);
  await page.addInitScript(READY_INIT);
  let specFetches = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/try-it-demo/petstore.json")) specFetches++;
  });
  await servePage(page, "/tryit-50.html", docsPage(fiftyPanels()));
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/tryit-50.html");
  await waitForReady(page, PANELS, 60_000);
  expect(specFetches).toBe(1);
  const loadTasks = await longTasksBetween(page, 0);

  const start = await pageNow(page);
  await page.mouse.move(600, 400);
  for (let guard = 0; guard < 400; guard++) {
    await page.mouse.wheel(0, 700);
    await nextFrame(page);
    const atBottom = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atBottom) break;
  }
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(0);

  // Type into a few panels along the page (getPetById is every tenth panel).
  for (const nth of [0, 2, 4]) {
    const field = new TryItPanel(page, "GET /pet/{petId}", nth).field("petId");
    await field.fill("");
    await field.pressSequentially("12345", { delay: 20 });
    await nextFrame(page);
  }
  const status = new TryItPanel(page, "GET /pet/findByStatus", 3).choice("status");
  await status.selectOption("sold");
  await nextFrame(page);
  const end = await pageNow(page);

  const tasks = await longTasksBetween(page, start, end);
  const figures = `long tasks (ms) while loading: ${JSON.stringify(loadTasks.map(Math.round))}; while scrolling and typing: ${JSON.stringify(tasks.map(Math.round))}`;
  test.info().annotations.push({ type: "long tasks", description: figures });
  console.log(figures);
  expect(Math.max(0, ...tasks), `long tasks (ms): ${tasks.join(", ")}`).toBeLessThanOrEqual(
    LIMIT_MS,
  );
  expect(await new TryItPanel(page, "GET /pet/{petId}", 4).field("petId").inputValue()).toBe(
    "12345",
  );
});
