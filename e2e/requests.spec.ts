// A newcomer's first minutes: make a collection and a request, send it, keep its response as an
// example, and find it all after a reload.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";
import { requestName } from "./pages/names";

test("create a collection and a request, send it, save an example, and find everything after a reload", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Users API");
  await app.newRequestIn("Users API", "List users");

  await app.url().fill(`${API}/cors/users?limit=2`);
  await expect(page.getByRole("tab", { name: "List users (unsaved)" })).toBeVisible();
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"path": "/cors/users"');
  await expect(app.bodyText()).toContainText('"limit": "2"');
  await page.getByRole("button", { name: "Save as example" }).click();

  await app.save();
  await expect(page.getByRole("tab", { name: requestName("List users") })).toBeVisible();

  await page.reload();
  await expect(app.treeItem("Users API")).toBeVisible();
  await expect(app.treeItem("List users")).toBeVisible();
  await expect(app.url()).toHaveValue(`${API}/cors/users?limit=2`);
  // The response was kept as an example, with its body.
  await page.getByRole("tab", { name: "Examples" }).click();
  await expect(page.getByRole("combobox", { name: "Example" })).toContainText("200 · List users");
  await expect(page.getByRole("region", { name: "Request" })).toContainText('"/cors/users"');
  // The send is in history.
  await page.getByRole("button", { name: "History" }).click();
  await expect(page.getByRole("button", { name: /\/cors\/users\?limit=2/ }).first()).toBeVisible();
});

test("an environment variable in the URL is resolved when sending", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole("button", { name: "Manage environments" }).click();
  const dialog = page.getByRole("dialog", { name: "Environments" });
  await dialog.getByRole("button", { name: "New environment" }).click();
  const names = dialog.getByRole("textbox", { name: "Variable" });
  await names.last().fill("host");
  await dialog.getByRole("textbox", { name: "Value" }).first().fill(API);
  await dialog.getByRole("button", { name: "Close" }).click();
  await page
    .getByRole("combobox", { name: "Environment" })
    .selectOption({ label: "New environment" });

  await page.getByRole("button", { name: "New request tab" }).click();
  await app.url().fill("{{host}}/cors/from-env");
  await app.send();
  await expect(app.status()).toContainText("200");
  await expect(app.bodyText()).toContainText('"path": "/cors/from-env"');
});
