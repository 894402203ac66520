// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { VariableLookup } from "../../../core/variables/lookup";
import { VarInput } from "./VarInput";

const lookup: VariableLookup = (name) =>
  name === "host"
    ? { value: "api.test", scope: "environment", secret: false }
    : name === "apiKey"
      ? { value: "hunter2", scope: "global", secret: true }
      : undefined;

function setup(initial: string, names?: string[]) {
  const [value, setValue] = createSignal(initial);
  const onEnter = vi.fn();
  render(() => (
    <VarInput
      label="URL"
      value={value()}
      onInput={setValue}
      lookup={lookup}
      variableNames={names ? () => names : undefined}
      onEnter={onEnter}
    />
  ));
  const input = screen.getByRole("textbox", { name: "URL" }) as HTMLInputElement;
  const caretAt = (pos: number) => {
    input.focus();
    input.setSelectionRange(pos, pos);
    fireEvent.keyUp(input, { key: "ArrowRight" });
  };
  return { input, value, onEnter, caretAt };
}

afterEach(cleanup);

describe("VarInput", () => {
  it("marks resolved and unresolved tokens in the overlay", () => {
    const { input } = setup("https://{{host}}/{{missing}}");
    const wrapper = input.parentElement as HTMLElement;
    expect(wrapper.querySelector(".var-ok")?.textContent).toBe("{{host}}");
    expect(wrapper.querySelector(".var-missing")?.textContent).toBe("{{missing}}");
  });

  it("shows value and scope when the caret is in a token, and hides it outside", () => {
    const { caretAt, input } = setup("https://{{host}}/x");
    caretAt(10);
    const tip = screen.getByRole("tooltip");
    expect(tip.textContent).toContain("api.test");
    expect(tip.textContent).toContain("environment");
    expect(input.getAttribute("aria-describedby")).toBe(tip.id);
    caretAt(2);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("masks secret values and says when a name is not defined", () => {
    const { caretAt } = setup("{{apiKey}} {{nope}}");
    caretAt(3);
    const tip = screen.getByRole("tooltip");
    expect(tip.textContent).toContain("•••••");
    expect(tip.textContent).not.toContain("hunter2");
    caretAt(13);
    expect(screen.getByRole("tooltip").textContent).toContain("not defined");
  });

  it("offers variable names after {{ and inserts the chosen one", () => {
    const { input, value, caretAt } = setup("https://{{ho", ["host", "token"]);
    caretAt(12);
    const list = screen.getByRole("listbox", { name: "Variables" });
    expect(list.textContent).toBe("host");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(value()).toBe("https://{{host}}");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("calls onEnter on Enter when no completion is open", () => {
    const { input, onEnter } = setup("https://a.test");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onEnter).toHaveBeenCalledTimes(1);
  });
});
