// @vitest-environment jsdom
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { closeShellDialog, openShellDialog } from "../../commands/shellDialogs";
import { fakeCommandContext } from "../../commands/testing/fakeCommandContext";
import { PaletteHost } from "./PaletteHost";

afterEach(() => {
  closeShellDialog();
  cleanup();
});

describe("PaletteHost", () => {
  it("loads the palette and the shortcuts sheet when opened, and returns focus on close", async () => {
    const button = document.body.appendChild(document.createElement("button"));
    button.focus();
    render(() => <PaletteHost ctx={fakeCommandContext().ctx} />);
    expect(screen.queryByRole("dialog")).toBeNull();
    openShellDialog({ kind: "palette" });
    expect(await screen.findByRole("dialog", { name: "Command palette" })).toBeTruthy();
    openShellDialog({ kind: "shortcuts" });
    expect(await screen.findByRole("dialog", { name: "Keyboard shortcuts" })).toBeTruthy();
    expect(screen.queryByRole("dialog", { name: "Command palette" })).toBeNull();
    closeShellDialog();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });
});
