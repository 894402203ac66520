// Bringing work in: a Postman collection dropped on the app, a cURL command pasted into the URL bar.
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

test("a Postman collection dropped on the sidebar is previewed, then stored", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const files = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "dropped.postman_collection.json", { type: "application/json" }));
    return dt;
  }, JSON.stringify(collection));
  const sidebar = page.locator(".sidebar-content");
  await sidebar.dispatchEvent("dragover", { dataTransfer: files });
  await sidebar.dispatchEvent("drop", { dataTransfer: files });
  const dialog = page.getByRole("dialog", { name: "Import" });
  await expect(dialog.getByRole("status")).toContainText("1 collection, 1 folder, 2 requests");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(app.treeItem("Dropped API")).toBeVisible();
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
