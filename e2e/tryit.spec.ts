// The try-it panels end to end (issue 15): the demo docs page loads and its panels become ready;
// panels send to the local test server (the demo page's ?api= points every panel there), whose
// /tryit/… routes check that deepObject, pipeDelimited, label/matrix/spaceDelimited and an array
// of files arrive exactly as OpenAPI specifies (e2e/server/tryitRoutes.mjs); the in-app echo
// answers offline; a YAML spec given inline works; OAuth 2.0 authorization code with PKCE against
// the local authorization server (e2e/server/oauthRoutes.mjs) completes and its token is used.
import { expect, test } from "@playwright/test";
import {
  API,
  DEMO,
  DEMO_PANELS,
  READY_INIT,
  TryItPanel,
  docsPage,
  servePage,
  waitForReady,
} from "./pages/tryit";

/** The demo page with every panel sent to the local test server's checking routes. */
const CHECKED = `${DEMO}?api=${encodeURIComponent(`${API}/tryit`)}`;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(READY_INIT);
});

test("the demo page loads and every panel becomes ready", async ({ page }) => {
  await page.goto(DEMO);
  await waitForReady(page, DEMO_PANELS);
  await expect(page.getByRole("heading", { name: "Satchel try-it panels" })).toBeVisible();
  for (const operation of [
    "GET /pet/{petId}",
    "GET /pet/findByStatus",
    "POST /pet",
    "POST /pets/{petId}/notes",
    "GET /products",
    "GET /orders",
    "GET /styles/{colors}/{ids}",
    "POST /uploads",
    "POST /forms",
    "GET /account",
  ]) {
    await expect(new TryItPanel(page, operation).root).toBeVisible();
  }
  // Enum parameters are selects, prefilled with their default.
  await expect(new TryItPanel(page, "GET /pet/findByStatus").choice("status")).toHaveValue(
    "available",
  );
  await expect(new TryItPanel(page, "GET /pet/{petId}").field("petId")).toHaveAttribute(
    "aria-required",
    "true",
  );
  // "Open in Satchel" points at this app (app-url="/").
  const open = new TryItPanel(page, "GET /pet/{petId}").root.getByRole("link", {
    name: "Open in Satchel",
  });
  await expect(open).toHaveAttribute("href", /^\/#import=./);
});

test("the in-app echo answers a Petstore panel in the page, offline too", async ({
  page,
  context,
}) => {
  const echoOverNetwork: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/echo")) echoOverNetwork.push(r.url());
  });
  await page.goto(DEMO);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "GET /pet/{petId}");
  await panel.field("petId").fill("7");
  await panel.send();
  await expect(panel.status()).toContainText("200");
  await expect(panel.responseBody()).toContainText("/echo/petstore/v3/pet/7");
  await expect(page.getByRole("list", { name: "Responses so far" })).toContainText("200");
  // Once the panel has sent (its lazy chunks are loaded), the echo needs no network at all.
  await context.setOffline(true);
  await panel.field("petId").fill("8");
  await panel.root.getByRole("button", { name: "Send", exact: true }).click();
  await expect(panel.responseBody()).toContainText("/echo/petstore/v3/pet/8");
  await expect(panel.status()).toContainText("200");
  expect(echoOverNetwork).toEqual([]);
});

test("path and query parameters and a JSON body reach the server (YAML spec)", async ({ page }) => {
  await page.goto(CHECKED);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "POST /pets/{petId}/notes");
  await panel.field("petId").fill("7");
  await panel.choice("lang").selectOption("fr");
  await panel.body().fill('{"text": "Hello from the docs", "tags": ["a", "b"]}');
  await panel.root.getByRole("textbox", { name: "Bearer token" }).fill("tok-1");
  await panel.sendExpectingServerOk();
  const body = panel.responseBody();
  await expect(body).toContainText(/"petId":\s*"7"/);
  await expect(body).toContainText(/"lang":\s*"fr"/);
  await expect(body).toContainText(/"text":\s*"Hello from the docs"/);
  await expect(body).toContainText(/"authorization":\s*"Bearer tok-1"/);
  await expect(panel.status()).toContainText("200 OK");
  await expect(panel.root.getByRole("region", { name: "Response headers" })).toContainText(
    /content-type/i,
  );
});

test("a deepObject query arrives as filter[color]=red&filter[size]=L", async ({ page }) => {
  await page.goto(CHECKED);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "GET /products");
  await panel.field("filter").fill('{"color": "red", "size": "L"}');
  await panel.root.getByRole("textbox", { name: "API key apiKeyHeader" }).fill("k-1");
  await panel.sendExpectingServerOk();
});

test("a pipeDelimited query arrives as ids=1|2|3", async ({ page }) => {
  await page.goto(CHECKED);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "GET /orders");
  await panel.field("ids").fill("[1, 2, 3]");
  await panel.root.getByRole("textbox", { name: "Username" }).fill("ada");
  await panel.root.getByRole("textbox", { name: "Password" }).fill("secret");
  await panel.sendExpectingServerOk();
});

test("label and matrix path styles, a spaceDelimited query and a header arrive as specified", async ({
  page,
}) => {
  await page.goto(CHECKED);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "GET /styles/{colors}/{ids}");
  await panel.field("colors").fill('["red", "green"]');
  await panel.field("ids").fill("[1, 2]");
  await panel.field("words").fill('["a", "b", "c"]');
  await panel.field("X-Trace").fill("t-1");
  await panel.sendExpectingServerOk();
});

test("an array of files arrives as two parts with their names and bytes", async ({ page }) => {
  await page.goto(CHECKED);
  await waitForReady(page, DEMO_PANELS);
  const panel = new TryItPanel(page, "POST /uploads");
  await panel.field("title").fill("two files");
  await panel.files("files").setInputFiles([
    { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("alpha\n") },
    {
      name: "b.bin",
      mimeType: "application/octet-stream",
      buffer: Buffer.from([0x00, 0xff, 0x10, 0x80, 0x0d, 0x0a]),
    },
  ]);
  await panel.sendExpectingServerOk();
});

test("a YAML spec given inline works", async ({ page }) => {
  const yaml = [
    "openapi: 3.1.0",
    "info: { title: Inline, version: '1' }",
    `servers: [{ url: '${API}/tryit/inline' }]`,
    "paths:",
    "  /things/{id}:",
    "    get:",
    "      parameters:",
    "        - { name: id, in: path, required: true, schema: { type: string }, example: abc }",
    "        - { name: q, in: query, schema: { type: string } }",
  ].join("\n");
  const attr = yaml.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  await servePage(
    page,
    "/tryit-inline.html",
    docsPage(`<satchel-try-it spec="${attr}" operation="GET /things/{id}"></satchel-try-it>`),
  );
  await page.goto("/tryit-inline.html");
  await waitForReady(page, 1);
  const panel = new TryItPanel(page, "GET /things/{id}");
  await expect(panel.field("id")).toHaveValue("abc");
  await panel.field("q").fill("two words");
  await panel.send();
  await expect(panel.status()).toContainText("200");
  await expect(panel.responseBody()).toContainText("/tryit/inline/things/abc");
  await expect(panel.responseBody()).toContainText("two words");
});

test("OAuth 2.0 authorization code with PKCE completes and the token is used", async ({
  page,
  request,
}) => {
  const spec = {
    openapi: "3.0.3",
    info: { title: "OAuth", version: "1" },
    servers: [{ url: `${API}/oauth` }],
    components: {
      securitySchemes: {
        local: {
          type: "oauth2",
          flows: {
            authorizationCode: {
              authorizationUrl: `${API}/oauth/authorize`,
              tokenUrl: `${API}/oauth/token`,
              scopes: { read: "read" },
            },
          },
        },
      },
    },
    paths: {
      "/resource": {
        get: { security: [{ local: ["read"] }], responses: { 200: { description: "ok" } } },
      },
    },
  };
  await page.context().route("**/tryit-oauth.json", (route) => route.fulfill({ json: spec }));
  await servePage(
    page,
    "/tryit-oauth.html",
    docsPage(
      '<satchel-try-it spec-url="/tryit-oauth.json" operation="GET /resource"></satchel-try-it>',
    ),
  );
  // The docs page is the test's own (route-fulfilled), and Playwright does not route a redirect's
  // target: the real authorization server answers (remembering the PKCE challenge), and its
  // 302 back to the docs page travels as a page that navigates there, which is routed.
  await page.context().route(`${API}/oauth/authorize?*`, async (route) => {
    const answer = await route.fetch({ maxRedirects: 0 });
    const back = answer.headers()["location"] ?? "";
    expect(answer.status(), await answer.text()).toBe(302);
    await route.fulfill({
      contentType: "text/html",
      body: `<script>location.replace(${JSON.stringify(back)})</script>`,
    });
  });
  const before = await (await request.get(`${API}/oauth/state`)).json();
  await page.goto("/tryit-oauth.html");
  await waitForReady(page, 1);
  const panel = new TryItPanel(page, "GET /resource");
  await panel.root.getByRole("textbox", { name: "Client ID" }).fill("e2e-docs");

  const popup = page.waitForEvent("popup");
  const token = page.waitForResponse(
    (r) => r.url() === `${API}/oauth/token` && r.request().method() === "POST",
  );
  await panel.root.getByRole("button", { name: "Authorize" }).click();
  const opened = await popup;
  // The authorization server accepted the PKCE verifier: the token endpoint answered 200.
  expect((await token).status()).toBe(200);
  await expect.poll(() => opened.isClosed()).toBe(true);
  const after = await (await request.get(`${API}/oauth/state`)).json();
  expect(after.issued).toBe(before.issued + 1);

  await panel.send();
  await expect(panel.status()).toContainText("200");
  await expect(panel.responseBody()).toContainText(/"token":\s*"at-/);
  await expect(panel.responseBody()).toContainText(/"ok":\s*true/);
});
