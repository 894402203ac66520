// Bringing work in: a Postman collection dropped on the app, an OpenAPI spec fetched from a URL with
// the file it references, a cURL command pasted into the URL bar.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

const collection = {
  info: {
    name: "Dropped API",
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  },
  item: [
    {
      name: "Users",
      item: [{ name: "List users", request: { method: "GET", url: `${API}/cors/users` } }],
    },
    { name: "Health", request: { method: "GET", url: `${API}/cors/health` } },
  ],
};

test("a Postman collection dropped on the main panel is previewed, then stored", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const drag = await app.dragFiles("main.app-main", {
    "dropped.postman_collection.json": JSON.stringify(collection),
  });
  await expect(page.getByRole("status").filter({ hasText: "Drop to import" })).toBeVisible();
  await drag.drop();
  await expect(page.getByText("Drop to import")).toBeHidden();
  const dialog = page.getByRole("dialog", { name: "Import" });
  await expect(dialog.getByText("File: dropped.postman_collection.json")).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText("1 collection, 1 folder, 2 requests");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(app.treeItem("Dropped API")).toBeVisible();
});

test("an OpenAPI spec imported from a URL loads the schema file it refers to", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const dialog = await app.openImport();
  await dialog.getByRole("textbox", { name: "Import from URL" }).fill(`${API}/specs/pets.yaml`);
  await dialog.getByRole("button", { name: "Fetch" }).click();
  // Nothing it refers to is fetched before the user agrees: the file is listed, its ref a warning.
  const refs = dialog.getByRole("group", { name: "Referenced files" });
  await expect(refs.getByRole("list", { name: `Files from ${API}/specs/` })).toHaveText(
    `${API}/specs/schemas/pet.yaml`,
  );
  await expect(dialog.getByRole("list", { name: "Warnings" })).toContainText(
    `Did not load "${API}/specs/schemas/pet.yaml"`,
  );
  await expect(refs.getByRole("checkbox", { name: /\(the spec's folder\)$/ })).toBeChecked();
  await refs.getByRole("button", { name: "Load referenced files" }).click();
  await expect(refs).toHaveCount(0);
  await expect(dialog.getByRole("status")).toContainText(
    "Will create 1 collection, 1 folder, 2 requests.",
  );
  // The external $ref resolved: no "Unresolved $ref" warning.
  await expect(dialog.getByRole("list", { name: "Warnings" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(app.treeItem("URL Pets")).toBeVisible();
  await app.expandCollection("URL Pets");
  await app.expandCollection("pets");
  await app.openRequest("Add a pet");
  // Its body example was built from the schema in schemas/pet.yaml.
  const request = page.getByRole("region", { name: "Request" });
  await request.getByRole("tab", { name: "Body" }).click();
  await expect(request).toContainText('"name": "Rex"');
});

test("a URL the browser may not read explains the CORS block", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const dialog = await app.openImport();
  await dialog.getByRole("textbox", { name: "Import from URL" }).fill(`${API}/nocors/spec.yaml`);
  await dialog.getByRole("button", { name: "Fetch" }).click();
  await expect(dialog.getByRole("alert")).toContainText("blocked the response (CORS)");
  await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
});

test("pasting a cURL command into the URL bar fills method, URL, headers and body", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "New request tab" }).click();
  const command = `curl -X PATCH '${API}/cors/users/7?verbose=1' \\\n  -H 'X-Trace: abc' \\\n  --data-raw '{"name":"Ada"}'`;
  await app.url().focus();
  await app.url().evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, command);
  await expect(app.url()).toHaveValue(`${API}/cors/users/7?verbose=1`);
  await expect(page.getByRole("combobox", { name: "Method" })).toHaveValue("PATCH");
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"x-trace": "abc"');
  await expect(app.bodyText()).toContainText('"method": "PATCH"');
});
