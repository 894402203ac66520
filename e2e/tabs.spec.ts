// Two browser tabs on the app see each other's changes live (IndexedDB + liveQuery).
import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/app";

test("a rename in one browser tab shows up in the other", async ({ context }) => {
  const one = new AppPage(await context.newPage());
  await one.open();
  const two = new AppPage(await context.newPage());
  await two.open();
  await one.newCollection("Shared work");
  await expect(two.treeItem("Shared work")).toBeVisible();
  await two.rename("Shared work", "Shared work v2");
  await expect(one.treeItem("Shared work v2")).toBeVisible();
});
