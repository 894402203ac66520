// Descriptions render as sanitized Markdown, hostile Markdown stays inert (no handler runs, no
// remote image loads until asked), and a collection's documentation lists its requests and
// prints without the app around it.
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { API, AppPage } from "./pages/app";

declare global {
  interface Window {
    __docsPwned?: boolean;
  }
}

const PAYLOAD = [
  "# Payload heading",
  "",
  "- item one",
  "- item two",
  "",
  "[Example site](https://example.test/)",
  "",
  '<img src=x onerror="window.__docsPwned = true">',
  "",
  // A data: image may show, so it keeps its src; this one fails to decode, so a kept handler
  // would run.
  '<img alt="broken" src="data:image/png;base64,AAAA" onerror="window.__docsPwned = true">',
  "",
  '<a href="javascript:window.__docsPwned = true">js link</a>',
  "",
  `![remote chart](${API}/docs-remote-image.png)`,
].join("\n");

/** Opens the demo collection's settings on Overview. */
async function openDemoSettings(page: Page) {
  const app = new AppPage(page);
  await app.open();
  await app.itemAction("Satchel demo", "Settings");
  const dialog = page.getByRole("dialog", { name: "Collection settings: Satchel demo" });
  await expect(dialog.getByRole("tab", { name: "Overview" })).toBeVisible();
  return { app, dialog };
}

test("a collection description renders as Markdown and injected markup stays inert", async ({
  page,
}) => {
  const images: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("docs-remote-image")) images.push(r.url());
  });
  const { dialog } = await openDemoSettings(page);
  // The demo has a description, so the field opens in Preview.
  await dialog.getByRole("button", { name: "Edit description" }).click();
  await dialog.getByRole("textbox", { name: "Description" }).fill(PAYLOAD);
  await dialog.getByRole("button", { name: "Preview description" }).click();

  const preview = dialog.getByRole("region", { name: "Description" });
  await expect(preview.getByRole("heading", { name: "Payload heading", level: 1 })).toBeVisible();
  await expect(preview.getByRole("listitem")).toHaveText(["item one", "item two"]);
  const link = preview.getByRole("link", { name: "Example site" });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("href", "https://example.test/");
  // The javascript: link keeps its text and loses its URL.
  await expect(preview.getByText("js link")).toBeVisible();
  await expect(preview.getByRole("link", { name: "js link" })).toHaveCount(0);
  await expect(preview.locator("[onerror], [onclick]")).toHaveCount(0);
  const broken = preview.getByRole("img", { name: "broken" });
  await expect(broken).toHaveAttribute("src", "data:image/png;base64,AAAA");
  // Loaded and failed (a broken image is "complete"): its error event has fired.
  await expect.poll(() => broken.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  expect(await page.evaluate(() => window.__docsPwned)).toBeUndefined();

  // The remote image is blocked: nothing was requested, until the user asks.
  const chart = preview.getByRole("img", { name: "remote chart" });
  await expect(chart).not.toHaveAttribute("src", /./);
  expect(images).toEqual([]);
  await preview.getByRole("button", { name: "Load remote images" }).click();
  await expect(chart).toHaveAttribute("src", `${API}/docs-remote-image.png`);
  await expect.poll(() => images.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__docsPwned)).toBeUndefined();
});

test("a request description has an edit / preview toggle", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.expandCollection("Satchel demo");
  await app.openRequest("Get with query params");
  await page.getByRole("tab", { name: "Settings" }).click();
  await page
    .getByRole("textbox", { name: "Description" })
    .fill("## Paging\n\n**page** starts at 1");
  await page.getByRole("button", { name: "Preview description" }).click();
  const preview = page.getByRole("region", { name: "Description" });
  await expect(preview.getByRole("heading", { name: "Paging", level: 2 })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("page");
});

test("the documentation view lists the demo's requests and prints without the app", async ({
  page,
}) => {
  const { app, dialog } = await openDemoSettings(page);
  await dialog.getByRole("button", { name: "View documentation" }).click();
  const docs = page.getByRole("dialog", { name: "Documentation: Satchel demo" });
  const view = docs.getByRole("article", { name: "Documentation of Satchel demo" });
  await expect(view.getByText(/built-in echo endpoint/)).toBeVisible();
  const requests = view.getByRole("region");
  await expect(requests).toHaveCount(5);
  await expect(requests.getByRole("heading")).toHaveText([
    "GET Get with query params",
    "POST Post JSON",
    "POST Post a form",
    "GET Header from environment",
    "GET Bearer token (inherited)",
  ]);
  await expect(view.getByRole("heading", { name: "Auth examples", level: 3 })).toBeVisible();
  const params = requests.first().getByRole("table", { name: "Query parameters" });
  await expect(params.getByRole("cell", { name: "search" })).toBeVisible();
  await expect(requests.nth(1).getByText("Body (json)")).toBeVisible();
  await expect(requests.nth(1).getByText(/"name": "\{\{userName\}\}"/)).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(view.getByRole("heading", { name: "POST Post JSON" })).toBeVisible();
  await expect(app.tree()).toBeHidden();
  await expect(
    page.getByRole("dialog", { name: "Collection settings: Satchel demo" }),
  ).toBeHidden();
  await expect(docs.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(docs.getByRole("button", { name: "Close" })).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await expect(app.tree()).toBeVisible();
  await docs.getByRole("button", { name: "Close" }).click();
  await expect(docs).toBeHidden();
  await expect(
    page.getByRole("dialog", { name: "Collection settings: Satchel demo" }),
  ).toBeVisible();
});
