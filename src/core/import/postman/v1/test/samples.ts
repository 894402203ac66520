/** v1 collections covering the converter's branches (legacy and newer v1 exports alike). */

const get = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  name,
  url: "https://example.test/get",
  method: "GET",
  ...more,
});

/** Folders, subfolders, orders, headers, bodies, scripts, path variables, legacy auth. */
export const ORDERING = {
  id: "c0ffee00-0000-4000-8000-000000000001",
  name: "ordering",
  description: "A v1 collection",
  order: ["r-root", "r-root", "missing"],
  folders_order: ["f-outer", "f-gone"],
  folders: [
    {
      id: "f-outer",
      name: "Outer",
      description: "",
      order: ["r-get", "r-form"],
      folders_order: ["f-inner"],
      preRequestScript: "console.log('outer pre');",
      auth: { type: "noauth" },
    },
    { id: "f-inner", name: "Inner", order: ["r-raw"], tests: "pm.test('inner', () => {});" },
    { id: "f-unlisted", name: "Unlisted", order: ["r-root"] },
  ],
  requests: [
    get("r-root", "Root", {
      url: "https://example.test/get?a=1&b",
      headers: "X-One: 1\n// X-Off: 0\nX-Two:  two words \nX:1:2\nnot a header\n",
      dataMode: null,
      tests: "tests['root ok'] = responseCode.code === 200;\nconsole.log('done');",
    }),
    get("r-get", "Get with path", {
      url: "https://example.test/:kind?q=x&off=1",
      pathVariables: { kind: "get", other: "o" },
      pathVariableData: [{ key: "kind", value: "get", description: "", id: "pv1" }],
      queryParams: [
        { key: "q", value: "x", equals: true, enabled: true },
        { key: "off", value: "1", equals: true, enabled: false, description: "" },
        { key: "bare", value: null, equals: false },
      ],
      headerData: [
        { key: "X-Data", value: "d", enabled: true, description: "" },
        { key: "//X-Commented", value: "c" },
        { key: "X-Off", value: "o", enabled: false },
      ],
      headers: "X-Data: d\nX-Extra: e\n",
      currentHelper: "basicAuth",
      helperAttributes: { id: "basic", username: "ada", password: "pw", saveToRequest: true },
      preRequestScript: "pm.variables.set('who', 'ada');",
      tests: ["pm.test('a', () => {});", "pm.test('b', () => {});"],
    }),
    get("r-form", "Urlencoded", {
      method: "POST",
      dataMode: "urlencoded",
      data: [
        { key: "a", value: "1", type: "text", enabled: true },
        { key: "b", value: "2", type: "text", enabled: false },
        { value: "no key" },
      ],
    }),
    get("r-raw", "Raw JSON", {
      method: "POST",
      headers: "Content-Type: application/json\n",
      dataMode: "raw",
      rawModeData: '{"who": "{{who}}"}',
      dataOptions: { raw: { language: "json" }, urlencoded: {} },
      events: [],
      tests: "pm.test('raw', () => {});",
      responses: [
        {
          id: "resp1",
          name: "Saved",
          responseCode: { code: 200, name: "OK" },
          headers: [{ key: "Content-Type", value: "application/json" }],
          text: "{}",
          language: "json",
          request: "r-raw",
        },
        {
          id: "resp2",
          responseCode: { code: "404", name: "Not Found" },
          requestObject: JSON.stringify(get("x", "x")),
          cookies: [{ name: "c", value: "1", domain: "example.test", path: "/", secure: false }],
        },
      ],
      responses_order: ["resp2", "resp1", "gone"],
    }),
  ],
};

/** Body modes, events lists, variables, auth in every legacy helper and the newer `auth`. */
export const MODES = {
  id: "c0ffee00-0000-4000-8000-000000000002",
  name: "modes",
  order: ["params", "binary", "graphql", "inferred", "disabled", "array-headers", "empty"],
  auth: { type: "bearer", bearer: [{ key: "token", value: "{{token}}" }] },
  events: [{ listen: "prerequest", script: { exec: "console.log(1)\nconsole.log(2)", id: "s1" } }],
  variables: [
    { key: "token", value: "t", type: "text" },
    { id: "byId", value: 2, type: "number", disabled: true, description: "d" },
  ],
  folders: [],
  requests: [
    get("params", "Form data", {
      method: "POST",
      dataMode: "params",
      data: [
        { key: "f", value: "file.txt", type: "file", enabled: true },
        { key: "t", value: "text", type: "text", description: "a field" },
      ],
      currentHelper: "bearerAuth",
      helperAttributes: JSON.stringify({ token: "abc" }),
    }),
    get("binary", "Binary", {
      method: "PUT",
      dataMode: "binary",
      rawModeData: "data.bin",
      currentHelper: "apikeyAuth",
      helperAttributes: { key: "X-Key", value: "k", in: "header" },
    }),
    get("graphql", "GraphQL", {
      method: "POST",
      dataMode: "graphql",
      graphqlModeData: { query: "{ me { id } }", variables: "{}" },
      currentHelper: "digestAuth",
      helperAttributes: { username: "u", password: "p", realm: "r" },
    }),
    get("inferred", "Inferred form", {
      method: "POST",
      data: [{ key: "k", value: "v" }],
      currentHelper: "hawkAuth",
      helperAttributes: { hawk_id: "id", hawk_key: "key", algorithm: "sha256", ext: "x" },
    }),
    get("disabled", "Disabled body", {
      method: "POST",
      dataMode: "raw",
      data: "text body",
      dataDisabled: true,
      currentHelper: "oAuth1",
      helperAttributes: { consumerKey: "ck", header: true, auto: true, includeEmpty: false },
    }),
    get("array-headers", "Array headers", {
      headers: [{ key: "X-A", value: "a" }],
      auth: {
        type: "basic",
        basic: [
          { key: "username", value: "u" },
          { key: "password", value: "p" },
        ],
      },
      events: [
        { listen: "test", script: { exec: ["pm.test('t', () => {});"] } },
        { script: { exec: "x" } },
      ],
      protocolProfileBehavior: { followRedirects: false },
      variables: [{ key: "item", value: "var" }],
    }),
    get("empty", "", {
      currentHelper: "normal",
      helperAttributes: {},
      auth: { type: "basic", basic: [] },
      url: undefined,
      description: "described",
    }),
  ],
};

/** A folder listed inside itself and in two parents (the converter places each folder once). */
export const CYCLE = {
  id: "c0ffee00-0000-4000-8000-000000000003",
  name: "cycle",
  order: [],
  folders: [
    { id: "a", name: "A", order: ["r"], folders_order: ["a", "b"] },
    { id: "b", name: "B", order: ["r"], folders_order: ["a"] },
  ],
  requests: [get("r", "R")],
};
