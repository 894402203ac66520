// @vitest-environment jsdom
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { Variable } from "../../../core/model";
import { VariableRow } from "./VariableRow";

afterEach(cleanup);

function row(variable: Variable) {
  render(() => (
    <table>
      <tbody>
        <VariableRow
          variable={variable}
          isNew={false}
          onChange={() => {}}
          onDelete={() => {}}
          onBlur={() => {}}
        />
      </tbody>
    </table>
  ));
  return screen.getByLabelText("Value") as HTMLInputElement;
}

describe("VariableRow masking", () => {
  it("masks a variable named like a secret, as exports blank it, with Show value", () => {
    const value = row({ key: "apiKey", value: "k-1", type: "default", enabled: true });
    expect(value.type).toBe("password");
    expect(screen.getByRole("button", { name: "Show value" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Secret apiKey" })).toHaveProperty(
      "checked",
      false,
    );
  });

  it("shows other variables as text", () => {
    expect(row({ key: "keyword", value: "w", type: "default", enabled: true }).type).toBe("text");
    expect(screen.queryByRole("button", { name: "Show value" })).toBeNull();
  });
});
