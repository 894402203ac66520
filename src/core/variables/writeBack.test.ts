import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import { makeCollection } from "../factory";
import type { Collection, Environment, Globals, Variable } from "../model";
import type { VariableScopes } from "./scopes";
import { makeScopes } from "./scopes";
import { variableWriteBack, writeBackVariables } from "./writeBack";

const v = (key: string, value: Variable["value"], extra: Partial<Variable> = {}): Variable => ({
  key,
  value,
  type: "default",
  enabled: true,
  ...extra,
});

describe("writeBackVariables", () => {
  it("returns undefined when the scope did not change", () => {
    expect(writeBackVariables([v("a", "1")], { a: "1" }, { a: "1" })).toBeUndefined();
  });

  it("updates values in place and keeps type and description", () => {
    const stored = [v("token", "old", { type: "secret", description: "d" }), v("b", "x")];
    const out = writeBackVariables(stored, { token: "old", b: "x" }, { token: "new", b: "x" });
    expect(out).toEqual([v("token", "new", { type: "secret", description: "d" }), v("b", "x")]);
  });

  it("appends new keys and drops unset ones, leaving disabled rows alone", () => {
    const stored = [v("gone", "1"), v("off", "z", { enabled: false })];
    const out = writeBackVariables(stored, { gone: "1" }, { added: 5 });
    expect(out).toEqual([v("off", "z", { enabled: false }), v("added", 5)]);
  });

  it("stores objects as JSON text", () => {
    expect(writeBackVariables([], {}, { o: { a: 1 } })).toEqual([v("o", '{"a":1}')]);
  });
});

describe("writeBackVariables, each case of the rule", () => {
  it("keeps a secret row secret and writes its new value", () => {
    const stored = [v("token", "old", { type: "secret" })];
    expect(writeBackVariables(stored, { token: "old" }, { token: "new" })).toEqual([
      v("token", "new", { type: "secret" }),
    ]);
  });

  it("appends an enabled row when a key exists only as a disabled row", () => {
    const stored = [v("k", "off", { enabled: false })];
    expect(writeBackVariables(stored, {}, { k: "on" })).toEqual([
      v("k", "off", { enabled: false }),
      v("k", "on"),
    ]);
  });

  it("unsetting a key keeps its disabled rows", () => {
    const stored = [v("k", "a"), v("k", "b", { enabled: false })];
    expect(writeBackVariables(stored, { k: "a" }, {})).toEqual([v("k", "b", { enabled: false })]);
  });

  it("leaves keys the run did not change at their newest stored value", () => {
    const stored = [v("edited", "by user"), v("set", "old")];
    const out = writeBackVariables(
      stored,
      { edited: "x", set: "old" },
      { edited: "x", set: "new" },
    );
    expect(out).toEqual([v("edited", "by user"), v("set", "new")]);
  });
});

describe("variableWriteBack", () => {
  const row = <T extends object>(id: string, variables: Variable[], extra: T) => ({
    id,
    schemaVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    variables,
    ...extra,
  });
  const env = (id: string, variables: Variable[]): Environment =>
    row(id, variables, { workspaceId: "w", name: id });
  const globals = (variables: Variable[]): Globals => row("g", variables, { workspaceId: "w" });
  const collection = (variables: Variable[]): Collection => ({
    ...makeCollection(deps, { workspaceId: "w", name: "C" }),
    id: "c",
    variables,
  });
  const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
  const after = (init: Partial<VariableScopes>): VariableScopes => ({ ...makeScopes(), ...init });

  it("writes environment, collection and globals changes; never local or data", () => {
    const started = {
      environment: env("e", [v("a", "1")]),
      collection: collection([]),
      globals: globals([v("g", "1")]),
    };
    const out = variableWriteBack(
      started,
      started,
      after({
        environment: { a: "2" },
        collection: { c: "3" },
        globals: {},
        local: { l: "x" },
        data: { d: "y" },
      }),
    );
    expect(out.environment?.variables).toEqual([v("a", "2")]);
    expect(out.collection?.variables).toEqual([v("c", "3")]);
    expect(out.globals?.variables).toEqual([]);
  });

  it("leaves out scopes without a change", () => {
    const started = { environment: env("e", [v("a", "1")]), globals: globals([]) };
    expect(variableWriteBack(started, started, after({ environment: { a: "1" } }))).toEqual({});
  });

  // Where the old versions differed: Send wrote onto the environment held when it ended and the
  // collection loaded before it; the runner onto the newest stored rows it started from (kept).
  it("applies the changes to the newest stored version of the rows the run started from", () => {
    const started = { environment: env("e", [v("a", "1"), v("b", "1")]) };
    const latest = { environment: env("e", [v("a", "1"), v("b", "user edit"), v("new", "u")]) };
    const out = variableWriteBack(started, latest, after({ environment: { a: "2", b: "1" } }));
    expect(out.environment?.variables).toEqual([v("a", "2"), v("b", "user edit"), v("new", "u")]);
  });

  it("does not write to another row, nor recreate a deleted one", () => {
    const started = { environment: env("e", [v("a", "1")]), collection: collection([]) };
    const changed = after({ environment: { a: "2" }, collection: { c: "1" } });
    expect(variableWriteBack(started, { environment: env("other", []) }, changed)).toEqual({});
    expect(variableWriteBack({}, { environment: env("e", []) }, changed)).toEqual({});
  });
});
