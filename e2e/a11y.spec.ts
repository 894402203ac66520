// Accessibility: axe (through @axe-core/playwright) finds no serious or critical violation on the
// main screen (with a response shown), the history panel, the runner and the Import dialog, in
// light and dark themes.
// The palette and the shortcuts sheet are checked in palette.spec.ts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AppPage } from "./pages/app";

/** Serious and critical violations inside `selector` (the whole page by default). */
async function serious(page: Page, selector?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (selector ? builder.include(selector) : builder).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
    }));
}

for (const scheme of ["light", "dark"] as const) {
  test(`the main screen, the runner and Import pass axe in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open();
    await app.openRequest("Post JSON");
    await app.send();
    await expect(app.status()).toHaveText("200 OK");
    expect(await serious(page)).toEqual([]);

    // History beside the editor, with the entry just sent.
    const history = await app.openHistory();
    await expect(history.getByRole("list", { name: "History entries" })).toBeVisible();
    expect(await serious(page, ".app-history")).toEqual([]);
    await history.getByRole("button", { name: "Close history" }).click();

    await app.itemAction("Satchel demo", "Run");
    const runner = page.getByRole("dialog", { name: "Collection runner" });
    await expect(runner).toBeVisible();
    expect(await serious(page, ".dialog")).toEqual([]);
    await runner.getByRole("button", { name: "Close" }).first().click();
    await expect(runner).toBeHidden();

    const dialog = await app.openImport();
    await expect(dialog).toBeVisible();
    expect(await serious(page, ".dialog")).toEqual([]);
  });
}
