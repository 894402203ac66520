// The try-it panels make no request but the spec fetches and the ones the reader sends (issue
// 15): on the demo docs page pointed at the local test server, everything the page asks for while
// its ten panels load is its own origin's (the page, its script chunks and worker, the two specs,
// each fetched once), and a Send adds requests to the API the reader sent to, and nothing else.
import { expect, test } from "@playwright/test";
import {
  API,
  APP_ORIGIN,
  DEMO,
  DEMO_PANELS,
  READY_INIT,
  TryItPanel,
  waitForReady,
} from "./pages/tryit";

test("the panels fetch each spec once and send nothing the reader did not send", async ({
  page,
}) => {
  await page.addInitScript(READY_INIT);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${DEMO}?api=${encodeURIComponent(`${API}/tryit`)}`);
  await waitForReady(page, DEMO_PANELS);

  expect(requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/`))).toEqual([]);
  const fetches = (file: string) => requests.filter((url) => url.endsWith(file)).length;
  expect(fetches("/try-it-demo/petstore.json")).toBe(1);
  expect(fetches("/try-it-demo/demo-api.yaml")).toBe(1);

  const before = requests.length;
  const panel = new TryItPanel(page, "GET /products");
  await panel.field("filter").fill('{"color": "red", "size": "L"}');
  await panel.root.getByRole("textbox", { name: "API key apiKeyHeader" }).fill("k-1");
  await panel.sendExpectingServerOk();
  const sent = requests.slice(before);
  const elsewhere = sent.filter((url) => !url.startsWith(`${APP_ORIGIN}/`));
  expect(elsewhere).toHaveLength(1);
  expect(elsewhere[0]).toMatch(new RegExp(`^${API}/tryit/products\\?`));
  // What else the Send loaded is the element's own lazy code, from the page's origin.
  expect(
    sent.filter((url) => url.startsWith(`${APP_ORIGIN}/`) && !url.includes("/try-it/")),
  ).toEqual([]);
});
