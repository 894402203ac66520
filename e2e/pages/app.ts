// Page object: the Satchel app, driven by roles and accessible names as a user would.
import { expect, type Page } from "@playwright/test";

export const API = "http://127.0.0.1:4180";

export class AppPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.tree()).toBeVisible();
  }

  tree() {
    return this.page.getByRole("tree", { name: "Collections" });
  }

  treeItem(name: string) {
    return this.tree().getByRole("treeitem", { name, exact: true });
  }

  url() {
    return this.page.getByRole("textbox", { name: "URL" });
  }

  status() {
    return this.page.getByTestId("response-status");
  }

  response() {
    return this.page.getByRole("region", { name: "Response" });
  }

  async newCollection(name: string) {
    await this.page.getByRole("button", { name: "New collection" }).click();
    const nameBox = this.page.getByRole("textbox", { name: "Name" });
    await nameBox.fill(name);
    await nameBox.press("Enter");
    await expect(this.treeItem(name)).toBeVisible();
  }

  async itemAction(item: string, action: string) {
    await this.page.getByRole("button", { name: `Actions for ${item}` }).click();
    await this.page.getByRole("menuitem", { name: action }).click();
  }

  async newRequestIn(collection: string, name: string) {
    await this.itemAction(collection, "New request");
    const nameBox = this.page.getByRole("textbox", { name: "Name" });
    await nameBox.fill(name);
    await nameBox.press("Enter");
    await expect(this.treeItem(name)).toBeVisible();
    await this.treeItem(name).click();
    await expect(this.page.getByRole("tab", { name })).toBeVisible();
  }

  async send() {
    await this.page.getByRole("button", { name: "Send" }).click();
  }

  async save() {
    await this.page.keyboard.press("Control+s");
  }
}
