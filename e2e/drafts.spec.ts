// Nothing typed is lost: unsaved drafts come back after a reload, and two browser tabs saving
// one request never overwrite each other silently.
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";
import { requestName } from "./pages/names";

test("an unsaved URL edit survives a reload, still marked unsaved until saved", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.newCollection("Drafts");
  await app.newRequestIn("Drafts", "Typed");
  await app.url().fill(`${API}/typed-before-reload`);
  await expect(page.getByRole("tab", { name: "Typed (unsaved)" })).toBeVisible();

  // Reload at once: the draft is written on pagehide, not only after the typing pause.
  await page.reload();
  await expect(page.getByRole("tab", { name: "Typed (unsaved)" })).toBeVisible();
  await expect(app.url()).toHaveValue(`${API}/typed-before-reload`);

  await app.save();
  await expect(page.getByRole("tab", { name: requestName("Typed") })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("tab", { name: requestName("Typed") })).toBeVisible();
  await expect(app.url()).toHaveValue(`${API}/typed-before-reload`);
});

test("a save over another browser tab's change asks first: Compare, then Keep mine", async ({
  context,
}) => {
  const one = new AppPage(await context.newPage());
  await one.open();
  await one.newCollection("Shared");
  await one.newRequestIn("Shared", "Both edit");
  const two = new AppPage(await context.newPage());
  await two.open();
  await two.expandCollection("Shared");
  await two.openRequest("Both edit");

  await one.url().fill(`${API}/from-one`);
  await two.url().fill(`${API}/from-two`);
  await one.save();
  await expect(one.page.getByRole("tab", { name: requestName("Both edit") })).toBeVisible();

  await two.save();
  const dialog = two.page.getByRole("alertdialog", { name: "Changed elsewhere" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Compare" }).click();
  const url = dialog.getByRole("table", { name: "Differences" }).getByRole("row", { name: /URL/ });
  await expect(url).toContainText(`${API}/from-two`);
  await expect(url).toContainText(`${API}/from-one`);

  await dialog.getByRole("button", { name: "Keep mine" }).click();
  await expect(dialog).toBeHidden();
  await expect(two.page.getByRole("tab", { name: requestName("Both edit") })).toBeVisible();
  // The first tab is clean, so it follows the stored row to the kept value.
  await expect(one.url()).toHaveValue(`${API}/from-two`);
});

test("Reload takes the other browser tab's change and drops the draft", async ({ context }) => {
  const one = new AppPage(await context.newPage());
  await one.open();
  await one.newCollection("Shared");
  await one.newRequestIn("Shared", "Reloaded");
  const two = new AppPage(await context.newPage());
  await two.open();
  await two.expandCollection("Shared");
  await two.openRequest("Reloaded");

  await one.url().fill(`${API}/kept`);
  await two.url().fill(`${API}/dropped`);
  await one.save();
  await expect(one.page.getByRole("tab", { name: requestName("Reloaded") })).toBeVisible();
  await two.save();
  const dialog = two.page.getByRole("alertdialog", { name: "Changed elsewhere" });
  await dialog.getByRole("button", { name: "Reload" }).click();
  await expect(dialog).toBeHidden();
  await expect(two.url()).toHaveValue(`${API}/kept`);
  await expect(two.page.getByRole("tab", { name: requestName("Reloaded") })).toBeVisible();
});
