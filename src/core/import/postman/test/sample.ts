/** A small Postman v2.1 collection touching every field the importer maps. */
export const sampleCollection = {
  info: {
    _postman_id: "c0ffee00-0000-4000-8000-000000000001",
    name: "Sample",
    description: { content: "About the sample", type: "text/markdown" },
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    _exporter_id: "42",
  },
  item: [
    {
      name: "Users",
      id: "folder-1",
      description: "User endpoints",
      auth: { type: "bearer", bearer: [{ key: "token", value: "{{token}}", type: "string" }] },
      event: [{ listen: "prerequest", script: { type: "text/javascript", exec: ["// folder"] } }],
      item: [
        {
          name: "Nested",
          item: [
            {
              name: "Get user",
              id: "req-1",
              protocolProfileBehavior: { disableBodyPruning: true, followRedirects: false },
              event: [
                { listen: "test", script: { id: "s1", exec: ["pm.test('a', () => {});", "// 2"] } },
                { listen: "prerequest", disabled: true, script: { exec: ["off()"] } },
              ],
              request: {
                method: "get",
                header: [
                  { key: "Accept", value: "application/json" },
                  { key: "X-Off", value: "1", disabled: true, description: "unused" },
                ],
                url: {
                  raw: "{{baseUrl}}/users/:id?page=1",
                  host: ["{{baseUrl}}"],
                  path: ["users", ":id"],
                  query: [
                    { key: "page", value: "1" },
                    { key: "debug", value: "true", disabled: true },
                  ],
                  variable: [{ key: "id", value: "7", description: "user id" }],
                },
                proxy: { host: "proxy" },
              },
              response: [
                {
                  id: "ex-1",
                  name: "OK",
                  originalRequest: { method: "GET", url: "{{baseUrl}}/users/7" },
                  status: "OK",
                  code: 200,
                  _postman_previewlanguage: "json",
                  header: [{ key: "Content-Type", value: "application/json" }],
                  body: '{"id":7}',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: "Create",
      request: {
        method: "POST",
        url: "https://example.com/items?x=1",
        body: { mode: "raw", raw: '{"a":1}', options: { raw: { language: "json" } } },
        auth: { type: "noauth" },
      },
    },
    {
      name: "Form",
      request: {
        method: "POST",
        url: "https://example.com/form",
        body: {
          mode: "formdata",
          formdata: [
            { key: "t", value: "v", type: "text" },
            { key: "f", type: "file", src: "/tmp/a.png" },
          ],
        },
      },
    },
    {
      name: "Encoded",
      request: {
        method: "POST",
        url: "https://example.com/enc",
        body: { mode: "urlencoded", urlencoded: [{ key: "a", value: "b", disabled: true }] },
      },
    },
    {
      name: "GraphQL",
      request: {
        method: "POST",
        url: { protocol: "https", host: ["api", "example", "com"], path: ["graphql"] },
        body: { mode: "graphql", graphql: { query: "{ me }", variables: { id: 1 } } },
      },
    },
    { name: "As string", request: "https://example.com/plain" },
  ],
  event: [{ listen: "test", script: { exec: "pm.test('top', () => {});" } }],
  variable: [
    { key: "baseUrl", value: "https://example.com" },
    { key: "n", value: 3, type: "number" },
    { key: "off", value: "x", disabled: true },
  ],
  auth: { type: "basic", basic: { username: "u", password: "p" } },
  protocolProfileBehavior: { followRedirects: false },
};
