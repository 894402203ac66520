// Auth that needs more than a header: an imported Postman request with Digest auth answers the
// server's 401 challenge and gets in, through the browser's own fetch (the test server exposes
// WWW-Authenticate through CORS; e2e/server/digestRoute.mjs checks the response hash).
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

const digestCollection = {
  info: {
    name: "Digest API",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: [
    {
      name: "Protected",
      request: {
        method: "GET",
        url: `${API}/cors/digest`,
        auth: {
          type: "digest",
          digest: [
            { key: "username", value: "Mufasa", type: "string" },
            { key: "password", value: "Circle of Life", type: "string" },
          ],
        },
      },
    },
  ],
};

test("an imported Digest request answers the challenge and gets in", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const drag = await app.dragFiles("main.app-main", {
    "digest.postman_collection.json": JSON.stringify(digestCollection),
  });
  await drag.drop();
  const dialog = page.getByRole("dialog", { name: "Import" });
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await app.expandCollection("Digest API");
  await app.openRequest("Protected");
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"authenticated": true');
  await expect(app.bodyText()).toContainText('"user": "Mufasa"');
});
