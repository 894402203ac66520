// Scripts run in the QuickJS worker: results and console show beside the response, and a
// runaway script times out while the page keeps answering.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

test("pre-request and test scripts show their results and console output", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/scripted?id={{id}}`);
  await page.getByRole("tab", { name: "Pre-request" }).click();
  await page
    .getByRole("textbox", { name: "Pre-request script" })
    .fill('pm.variables.set("id", "42");\nconsole.log("about to send", pm.variables.get("id"));');
  await page.getByRole("tab", { name: "Tests" }).click();
  await page
    .getByRole("textbox", { name: "Test script" })
    .fill(
      [
        'pm.test("status is 200", () => pm.response.to.have.status(200));',
        'pm.test("query carries the id", () => pm.expect(pm.response.json().query.id).to.eql("42"));',
        'pm.test("this one fails", () => pm.expect(1).to.eql(2));',
        'console.warn("done testing");',
      ].join("\n"),
    );
  await app.send();
  await expect(app.status()).toContainText("200");
  await app.response().getByRole("tab", { name: "Tests" }).click();
  const results = app.response().getByRole("list", { name: "Test results" });
  await expect(results).toContainText("PASS status is 200");
  await expect(results).toContainText("PASS query carries the id");
  await expect(results).toContainText("FAIL this one fails");
  await expect(results).toContainText("expected 1 to deeply equal 2");
  await app.response().getByRole("tab", { name: "Console" }).click();
  const consoleOut = app.response().getByRole("list", { name: "Console output" });
  await expect(consoleOut).toContainText("about to send 42");
  await expect(consoleOut).toContainText("done testing");
});

test("an infinite loop times out while the page stays usable", async ({ page }) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/loop`);
  await page.getByRole("tab", { name: "Pre-request" }).click();
  await page.getByRole("textbox", { name: "Pre-request script" }).fill("while (true) {}");
  await app.send();
  // While the script spins in its worker, the page still answers clicks and typing. (The
  // Response region has a Headers tab of its own once it shows, so look in the Request's.)
  const requestHeaders = page
    .getByRole("region", { name: "Request" })
    .getByRole("tab", { name: "Headers" });
  await requestHeaders.click();
  await expect(requestHeaders).toHaveAttribute("aria-selected", "true");
  await app.url().fill(`${API}/cors/still-typing`);
  await expect(app.url()).toHaveValue(`${API}/cors/still-typing`);
  await app.response().getByRole("tab", { name: "Tests" }).click({ timeout: 20_000 });
  await expect(app.response().getByRole("list", { name: "Test results" })).toContainText(
    /timed out after 10 s/,
  );
});

test("pm.visualizer output renders in a sandboxed frame", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill(`${API}/cors/visual`);
  await page.getByRole("tab", { name: "Tests" }).click();
  await page
    .getByRole("textbox", { name: "Test script" })
    .fill(
      "pm.visualizer.set(\"<h1 id=t>{{path}}</h1><p id=d></p><script>pm.getData((e, d) => { document.getElementById('d').textContent = d.method; });</script>\", pm.response.json());",
    );
  await app.send();
  await app.response().getByRole("tab", { name: "Visualize" }).click();
  const frame = app.response().frameLocator('iframe[title="Visualization"]');
  await expect(frame.locator("#t")).toHaveText("/cors/visual");
  await expect(frame.locator("#d")).toHaveText("GET");
  await expect(app.response().locator('iframe[title="Visualization"]')).toHaveAttribute(
    "sandbox",
    "allow-scripts",
  );
});
