// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DescriptionPanel } from "./DescriptionPanel";

// The renderer loads lazily; load it before the tests so they time the UI, not the import.
beforeAll(() => import("./MarkdownView"));
afterEach(cleanup);

function setup(initial: string) {
  const [value, setValue] = createSignal(initial);
  render(() => <DescriptionPanel value={value()} onChange={setValue} />);
  return { value };
}

describe("DescriptionPanel", () => {
  it("opens in Edit when empty; typing edits; Preview renders the Markdown", async () => {
    const { value } = setup("");
    const edit = screen.getByRole("button", { name: "Edit description" });
    expect(edit.getAttribute("aria-pressed")).toBe("true");
    fireEvent.input(screen.getByRole("textbox", { name: "Description" }), {
      target: { value: "# Users\n\n- [Docs](https://example.test)" },
    });
    expect(value()).toBe("# Users\n\n- [Docs](https://example.test)");

    fireEvent.click(screen.getByRole("button", { name: "Preview description" }));
    expect(screen.queryByRole("textbox", { name: "Description" })).toBeNull();
    const preview = screen.getByRole("region", { name: "Description" });
    expect(await within(preview).findByRole("heading", { name: "Users", level: 1 })).toBeTruthy();
    const link = within(preview).getByRole("link", { name: "Docs" });
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");

    fireEvent.click(screen.getByRole("button", { name: "Edit description" }));
    expect(
      (screen.getByRole("textbox", { name: "Description" }) as HTMLTextAreaElement).value,
    ).toBe("# Users\n\n- [Docs](https://example.test)");
  });

  it("opens in Preview when there is a description", async () => {
    setup("**Lists** users");
    expect(
      screen.getByRole("button", { name: "Preview description" }).getAttribute("aria-pressed"),
    ).toBe("true");
    const preview = screen.getByRole("region", { name: "Description" });
    expect((await within(preview).findByText("Lists")).tagName).toBe("STRONG");
  });

  it("keeps remote images blocked until 'Load remote images'", async () => {
    setup("![chart](https://example.test/chart.png)");
    const preview = screen.getByRole("region", { name: "Description" });
    const img = await within(preview).findByRole("img", { name: "chart" });
    expect(img.hasAttribute("src")).toBe(false);
    expect(within(preview).getByText(/1 remote image blocked/)).toBeTruthy();
    fireEvent.click(within(preview).getByRole("button", { name: "Load remote images" }));
    expect(within(preview).getByRole("img", { name: "chart" }).getAttribute("src")).toBe(
      "https://example.test/chart.png",
    );
    expect(within(preview).queryByRole("button", { name: "Load remote images" })).toBeNull();
  });

  it("does not run an injected <img onerror>", async () => {
    setup('<img src=x onerror="window.__descriptionPwned = true"> after');
    const preview = screen.getByRole("region", { name: "Description" });
    await within(preview).findByText("after");
    const img = preview.querySelector("img");
    // A relative src is not a URL the policy allows: the image keeps no attribute at all.
    expect(img?.getAttributeNames()).toEqual([]);
    expect((window as { __descriptionPwned?: boolean }).__descriptionPwned).toBeUndefined();
  });
});
