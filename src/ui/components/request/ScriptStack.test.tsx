// @vitest-environment jsdom
/**
 * A request imported with several scripts of a kind shows each under its own name and edits the
 * one typed in; a request with one script shows just that editor.
 */
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../core/clock";
import { makeRequest } from "../../../core/factory";
import type { Request } from "../../../core/model";
import { ScriptStack, withMoreScript } from "./ScriptStack";

afterEach(cleanup);

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
const request = (more?: string[]): Request => {
  const r = makeRequest(deps, { collectionId: "c", name: "r", url: "https://x.test" });
  return {
    ...r,
    scripts: { ...r.scripts, test: "first()", ...(more ? { more: { test: more } } : {}) },
  };
};

describe("ScriptStack", () => {
  it("one script: one editor under the kind's name", () => {
    render(() => (
      <ScriptStack kind="test" request={request()} onChange={() => {}} lookup={() => undefined} />
    ));
    expect(screen.getByRole("textbox", { name: "Test script" })).toBeTruthy();
    expect(screen.queryByText(/runs \d+ test scripts/)).toBeNull();
  });

  it("further scripts: each editable under its own name, in order", () => {
    const changes: Request[] = [];
    render(() => (
      <ScriptStack
        kind="test"
        request={request(["second()", "third()"])}
        onChange={(r) => changes.push(r)}
        lookup={() => undefined}
      />
    ));
    expect(screen.getByText(/runs 3 test scripts/)).toBeTruthy();
    const third = screen.getByRole("textbox", { name: "Test script 3" }) as HTMLTextAreaElement;
    expect(third.value).toBe("third()");
    expect(
      (screen.getByRole("textbox", { name: "Test script 1" }) as HTMLTextAreaElement).value,
    ).toBe("first()");
    fireEvent.input(third, { target: { value: "changed()" } });
    expect(changes.at(-1)?.scripts.more?.test).toEqual(["second()", "changed()"]);
    expect(changes.at(-1)?.scripts.test).toBe("first()");
  });

  it("withMoreScript leaves the other kind alone", () => {
    const scripts = { prerequest: "", test: "", more: { prerequest: ["p2"], test: ["t2"] } };
    expect(withMoreScript(scripts, "test", 0, "x").more).toEqual({
      prerequest: ["p2"],
      test: ["x"],
    });
  });
});
