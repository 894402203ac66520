// Page object: the Satchel app, driven by roles and accessible names as a user would.
import { expect, type Page } from "@playwright/test";
import { requestName } from "./names";

/** The app's origin, and the local test API's (e2e/server/testServer.mjs), a different one. */
export { API, APP_ORIGIN } from "../ports.mjs";

export class AppPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.tree()).toBeVisible();
    // The demo collection is stored on first start.
    await expect(this.treeItem("Satchel demo")).toBeVisible();
  }

  /** Resolves once the service worker controls the page (the first visit installs it). */
  async waitForServiceWorker() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
        );
      }
    });
  }

  tree() {
    return this.page.getByRole("tree", { name: "Collections" });
  }

  treeItem(name: string) {
    return this.tree().getByRole("treeitem", { name: requestName(name) });
  }

  url() {
    return this.page.getByRole("textbox", { name: "URL", exact: true });
  }

  status() {
    return this.page.getByTestId("response-status");
  }

  response() {
    return this.page.getByRole("region", { name: "Response" });
  }

  bodyText() {
    return this.response().getByRole("region", { name: "Body text" });
  }

  async itemAction(item: string, action: string) {
    await this.treeItem(item).hover();
    await this.page.getByRole("button", { name: `Actions for ${item}` }).click();
    await this.page.getByRole("menuitem", { name: action }).click();
  }

  async rename(from: string, to: string) {
    await this.itemAction(from, "Rename");
    await this.typeName(to);
  }

  /** Types a name into the tree's open "Name" box (a new item opens it by itself). */
  async typeName(name: string) {
    const nameBox = this.tree().getByRole("textbox", { name: "Name" });
    await nameBox.fill(name);
    await nameBox.press("Enter");
    await expect(this.treeItem(name)).toBeVisible();
  }

  /** Creates a collection and names it. */
  async newCollection(name: string) {
    await this.page.getByRole("button", { name: "New collection" }).click();
    await this.typeName(name);
  }

  /** Creates a request in `collection`, names it, and leaves it open in a tab. */
  async newRequestIn(collection: string, name: string) {
    await this.itemAction(collection, "New request");
    await this.typeName(name);
    await expect(this.page.getByRole("tab", { name: requestName(name) })).toBeVisible();
  }

  async openRequest(name: string) {
    await this.treeItem(name).click();
    await expect(this.page.getByRole("tab", { name: requestName(name) })).toBeVisible();
  }

  async expandCollection(name: string) {
    const item = this.treeItem(name);
    if ((await item.getAttribute("aria-expanded")) === "false") {
      await item.click();
      await item.press("ArrowRight");
    }
  }

  async send() {
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
  }

  async save() {
    await this.page.keyboard.press("Control+s");
  }

  /**
   * Drags files (name → text) over `target` as the browser does (dragenter, dragover); the
   * returned `drop` lets them go there.
   */
  async dragFiles(target: string, files: Record<string, string>) {
    const data = await this.page.evaluateHandle((entries) => {
      const dt = new DataTransfer();
      for (const [name, text] of entries) dt.items.add(new File([text], name));
      return dt;
    }, Object.entries(files));
    const at = this.page.locator(target);
    await at.dispatchEvent("dragenter", { dataTransfer: data });
    await at.dispatchEvent("dragover", { dataTransfer: data });
    return { drop: () => at.dispatchEvent("drop", { dataTransfer: data }) };
  }

  /** A splitter by name ("Resize sidebar", "Resize request and response"). */
  separator(name: string) {
    return this.page.getByRole("separator", { name });
  }

  /** The history panel beside the editor. */
  history() {
    return this.page.getByRole("complementary", { name: "History" });
  }

  /** Shows the history panel (its entries listed) from the header's History button. */
  async openHistory() {
    const button = this.page.getByRole("button", { name: "History", exact: true });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(this.history()).toBeVisible();
    return this.history();
  }

  /** Opens the Import dialog from the sidebar's button. */
  async openImport() {
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    return this.page.getByRole("dialog", { name: "Import" });
  }
}
