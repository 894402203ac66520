import { describe, expect, it } from "vitest";
import { exportPostmanCollection } from "../export/postman";
import type { Auth, Variable } from "../model";
import { blankCollectionTree, blankEnvironment, blankGlobals } from "./collection";
import { blankAuth, blankExtra, blankUrl, blankVariables, isSecretVariable } from "./parts";
import { describeBlanked } from "./report";
import {
  COLLECTION_SECRETS,
  plantedCollection,
  plantedEnvironment,
  plantedGlobals,
} from "./test/planted";

const v = (
  key: string,
  value: Variable["value"],
  type: Variable["type"] = "default",
): Variable => ({
  key,
  value,
  type,
  enabled: true,
});

/** Runs `blank` with a sink and returns its result and the names it reported. */
function collect<T>(blank: (sink: (b: { name: string }) => void) => T) {
  const names: string[] = [];
  const value = blank((b) => names.push(b.name));
  return { value, names };
}

describe("blankUrl", () => {
  it("blanks secret query values in URL text, templates and all, and nothing else", () => {
    const { value, names } = collect((sink) =>
      blankUrl("{{base}}/a?api_key=k1&page=2&keyword=x&access_token=t&flag#frag", sink),
    );
    expect(value).toBe("{{base}}/a?api_key=&page=2&keyword=x&access_token=&flag#frag");
    expect(names).toEqual(["api_key", "access_token"]);
  });

  it("reads encoded names and removes a userinfo password", () => {
    const { value, names } = collect((sink) =>
      blankUrl("https://ann:pw@h.test/?api%5Fkey=k&x+token=t", sink),
    );
    expect(value).toBe("https://ann:@h.test/?api%5Fkey=&x+token=");
    expect(names).toEqual(["ann", "api_key", "x token"]);
  });

  it("keeps a value that is only a {{reference}} (the variable is blanked on its own)", () => {
    const { value, names } = collect((sink) => blankUrl("/a?api_key={{key}}", sink));
    expect(value).toBe("/a?api_key={{key}}");
    expect(names).toEqual([]);
  });
});

describe("blankAuth", () => {
  it("blanks every attribute of every type, known or not", () => {
    const auth: Auth = {
      type: "akamai",
      attributes: [
        { key: "accessToken", value: "a" },
        { key: "clientToken", value: "b" },
        { key: "baseURL", value: "https://x.test" },
        { key: "whatever", value: 42 },
        { key: "list", value: [{ key: "k", value: "v" }] },
        { key: "useSomething", value: true },
        { key: "empty", value: "" },
      ],
    };
    const { value, names } = collect((sink) => blankAuth(auth, sink));
    expect(value.attributes.map((a) => a.value)).toEqual(["", "", "", "", [], true, ""]);
    expect(names).toEqual(["accessToken", "clientToken", "baseURL", "whatever", "list"]);
  });

  it("keeps where an API key goes (its header name and place), not the key", () => {
    const auth: Auth = {
      type: "apikey",
      attributes: [
        { key: "key", value: "X-Api-Key" },
        { key: "value", value: "k-123" },
        { key: "in", value: "query" },
      ],
    };
    expect(blankAuth(auth, () => {}).attributes.map((a) => a.value)).toEqual([
      "X-Api-Key",
      "",
      "query",
    ]);
  });
});

describe("blankVariables", () => {
  it("blanks variables typed secret or named like one", () => {
    const vars = [
      v("token", "t"),
      v("host", "h", "secret"),
      v("apiKey", "k"),
      v("n", 3, "secret"),
      v("keyword", "kw"),
      v("baseUrl", "https://x.test"),
      v("password", "{{fromEnv}}"),
    ];
    const { value, names } = collect((sink) => blankVariables(vars, sink));
    expect(value.map((x) => x.value)).toEqual([
      "",
      "",
      "",
      "",
      "kw",
      "https://x.test",
      "{{fromEnv}}",
    ]);
    expect(names).toEqual(["token", "host", "apiKey", "n"]);
  });

  it("drops an imported raw value too, which the Postman export would write instead", () => {
    const out = blankVariables([{ ...v("secret", ""), extra: { rawValue: { a: 1 } } }], () => {});
    expect(out[0]).toEqual(v("secret", ""));
  });

  it("says which variables the UI masks", () => {
    expect(isSecretVariable(v("token", ""))).toBe(true);
    expect(isSecretVariable(v("host", "", "secret"))).toBe(true);
    expect(isSecretVariable(v("host", ""))).toBe(false);
  });
});

describe("blankExtra", () => {
  it("blanks secret-named text at any depth, rows by their key, and keeps names", () => {
    const extra = {
      certificate: { key: { src: "/k.pem" }, passphrase: "pp" },
      proxy: { host: "p.test", password: "pw" },
      rows: [
        { key: "X-Api-Key", value: "k" },
        { key: "page", value: "2" },
      ],
      key: "a-name",
      enabled: true,
    };
    const { value, names } = collect((sink) => blankExtra(extra, sink));
    expect(value).toEqual({
      certificate: { key: { src: "/k.pem" }, passphrase: "" },
      proxy: { host: "p.test", password: "" },
      rows: [
        { key: "X-Api-Key", value: "" },
        { key: "page", value: "2" },
      ],
      key: "a-name",
      enabled: true,
    });
    expect(names).toEqual(["passphrase", "password", "X-Api-Key"]);
  });
});

describe("blankCollectionTree", () => {
  it("blanks every planted secret and reports each with its place", () => {
    const tree = plantedCollection();
    const before = JSON.stringify(tree);
    const { value, blanked } = blankCollectionTree(tree);
    const json = JSON.stringify(exportPostmanCollection(value));
    expect(COLLECTION_SECRETS.filter((s) => json.includes(s))).toEqual([]);
    expect(JSON.stringify(tree)).toBe(before);
    const said = blanked.map(describeBlanked);
    expect(said).toContain("variable token");
    expect(said).toContain("variable host");
    expect(said).toContain("Authorization header in 'Get user'");
    expect(said).toContain("awsv4 auth secretKey in folder 'Users'");
    expect(said).toContain("form field client_secret in 'Log in'");
    expect(said).toContain("URL password of ann in 'Log in'");
    expect(said).toContain("Set-Cookie response header in example 'OK' of 'Get user'");
    // The URL query and its Params row are one value, listed once.
    expect(said.filter((s) => s === "query parameter api_key in 'Get user'")).toHaveLength(1);
    expect(blanked).toHaveLength(COLLECTION_SECRETS.length);
  });

  it("reports nothing for a collection without secrets", () => {
    const tree = plantedCollection();
    const clean = { ...tree, folders: [], requests: [tree.requests[3]!] };
    clean.collection = {
      ...tree.collection,
      variables: [],
      auth: { type: "noauth", attributes: [] },
    };
    expect(blankCollectionTree(clean).blanked).toEqual([]);
  });
});

describe("blankEnvironment and blankGlobals", () => {
  it("blank variables named or typed secret and report them", () => {
    const env = blankEnvironment(plantedEnvironment());
    expect(env.value.variables.map((x) => x.value)).toEqual(["", "", "kept-region"]);
    expect(env.blanked.map(describeBlanked)).toEqual(["variable token", "variable db"]);
    const globals = blankGlobals(plantedGlobals());
    expect(globals.value.variables.map((x) => x.value)).toEqual(["", "", "kept-host"]);
    expect(globals.blanked.map(describeBlanked)).toEqual(["variable apiKey", "variable pin"]);
  });
});
