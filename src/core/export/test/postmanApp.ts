/**
 * A collection as the Postman app exports it (v2.1, URL objects with raw and parts), using every
 * field the importer keeps: ids, events, auth attributes, bodies, examples, variables,
 * protocolProfileBehavior, descriptions, disabled rows and unknown fields.
 */
export const postmanAppCollection = {
  info: {
    _postman_id: "7d1c0000-0000-4000-8000-00000000abcd",
    name: "Shop API",
    description: { content: "The **shop**", type: "text/markdown" },
    schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    _exporter_id: "123",
  },
  item: [
    {
      name: "Orders",
      id: "f-orders",
      description: "Order endpoints",
      auth: { type: "apikey", apikey: [{ key: "key", value: "X-Key", type: "string" }] },
      event: [
        { listen: "prerequest", script: { type: "text/javascript", exec: ["// folder pre"] } },
      ],
      variable: [{ key: "folderVar", value: "1" }],
      item: [
        {
          name: "Get order",
          id: "r-get",
          protocolProfileBehavior: { disableBodyPruning: true, followRedirects: false },
          event: [
            {
              listen: "test",
              script: {
                id: "s-1",
                type: "text/javascript",
                exec: ["pm.test('ok', () => {", "});"],
              },
            },
            {
              listen: "prerequest",
              disabled: true,
              script: { type: "text/javascript", exec: ["x()"] },
            },
          ],
          request: {
            method: "GET",
            header: [
              { key: "Accept", value: "application/json" },
              { key: "X-Off", value: "1", disabled: true, description: "unused" },
            ],
            url: {
              raw: "https://{{host}}:8443/orders/:id?expand=items#top",
              protocol: "https",
              host: ["{{host}}"],
              port: "8443",
              path: ["orders", ":id"],
              hash: "top",
              query: [
                { key: "expand", value: "items" },
                { key: "debug", value: "1", disabled: true },
              ],
              variable: [{ key: "id", value: "42", description: "order id" }],
            },
            proxy: { host: "proxy.local" },
            description: "Fetch one order",
          },
          response: [
            {
              id: "ex-1",
              name: "Found",
              originalRequest: { method: "GET", header: [], url: { raw: "https://x/orders/42" } },
              status: "OK",
              code: 200,
              _postman_previewlanguage: "json",
              header: [{ key: "Content-Type", value: "application/json" }],
              cookie: [],
              body: '{"id":42}',
            },
          ],
        },
      ],
    },
    {
      name: "Create order",
      id: "r-create",
      request: {
        auth: {
          type: "oauth2",
          oauth2: [
            { key: "accessToken", value: "{{token}}", type: "string" },
            { key: "addTokenTo", value: "header", type: "string" },
          ],
        },
        method: "POST",
        header: [],
        body: { mode: "raw", raw: '{"sku":"A1"}', options: { raw: { language: "json" } } },
        url: { raw: "{{base}}/orders", host: ["{{base}}"], path: ["orders"] },
      },
      response: [],
    },
    {
      name: "Upload",
      id: "r-upload",
      request: {
        method: "POST",
        header: [],
        body: {
          mode: "formdata",
          formdata: [
            { key: "note", value: "hi", type: "text", description: "a note" },
            { key: "file", type: "file", src: "/tmp/a.png", contentType: "image/png" },
          ],
        },
        url: { raw: "{{base}}/upload", host: ["{{base}}"], path: ["upload"] },
      },
    },
    {
      name: "Login",
      id: "r-login",
      request: {
        method: "POST",
        header: [],
        body: {
          mode: "urlencoded",
          urlencoded: [
            { key: "user", value: "ada", type: "text" },
            { key: "debug", value: "1", type: "text", disabled: true },
          ],
        },
        url: { raw: "{{base}}/login", host: ["{{base}}"], path: ["login"] },
      },
    },
    {
      name: "Search",
      id: "r-graphql",
      request: {
        method: "POST",
        header: [],
        body: { mode: "graphql", graphql: { query: "{ orders { id } }", variables: '{"n":1}' } },
        url: { raw: "{{base}}/graphql", host: ["{{base}}"], path: ["graphql"] },
      },
    },
  ],
  event: [
    { listen: "prerequest", script: { type: "text/javascript", exec: [""] } },
    { listen: "test", script: { type: "text/javascript", exec: ["pm.test('top', () => {});"] } },
  ],
  variable: [
    { key: "base", value: "https://shop.test", type: "string" },
    { key: "n", value: 3, type: "number" },
    { key: "obj", value: { nested: true } },
    { key: "off", value: "x", disabled: true, type: "string" },
  ],
  auth: {
    type: "basic",
    basic: [
      { key: "password", value: "p", type: "string" },
      { key: "username", value: "u", type: "string" },
    ],
  },
  protocolProfileBehavior: { followRedirects: true },
};
