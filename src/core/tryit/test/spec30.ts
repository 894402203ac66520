/** A handwritten OpenAPI 3.0 document: every style, body kind and security scheme. */

export const spec30 = {
  openapi: "3.0.3",
  info: { title: "Styles", version: "1" },
  servers: [
    { url: "/v1", description: "Relative to the spec" },
    {
      url: "https://{region}.api.test:{port}/base/",
      variables: {
        region: { default: "eu", enum: ["eu", "us"] },
        port: { default: "443" },
      },
    },
  ],
  security: [{ keyHeader: [] }],
  paths: {
    "/items/{id}": {
      servers: [{ url: "https://items.api.test" }],
      parameters: [
        { $ref: "#/components/parameters/Id" },
        { name: "X-Trace", in: "header", schema: { type: "string" } },
      ],
      get: {
        operationId: "getItem",
        summary: "One item",
        parameters: [
          { name: "X-Trace", in: "header", required: true, schema: { type: "string" } },
          { name: "filter", in: "query", style: "deepObject", schema: { type: "object" } },
          {
            name: "tags",
            in: "query",
            style: "pipeDelimited",
            explode: false,
            schema: { type: "array", items: { type: "string", enum: ["a", "b"] } },
          },
          { name: "next", in: "query", allowReserved: true, schema: { type: "string" } },
          { $ref: "#/components/parameters/Limit" },
          { name: "session", in: "cookie", schema: { type: "string" } },
          { name: "prefs", in: "cookie", explode: false, schema: { type: "array" } },
          { name: "Accept", in: "header", schema: { type: "string" } },
          {
            name: "where",
            in: "query",
            content: { "application/json": { schema: { type: "object" }, example: { a: 1 } } },
          },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
    "/paint{color}": {
      get: {
        operationId: "paint",
        parameters: [
          { name: "color", in: "path", required: true, style: "matrix", explode: true },
          { name: "X-Rgb", in: "header", explode: true, schema: { type: "object" } },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
    "/label/{color}": {
      get: {
        operationId: "label",
        parameters: [{ name: "color", in: "path", required: true, style: "label" }],
        responses: { "200": { description: "OK" } },
      },
    },
    "/trees": {
      post: {
        operationId: "createTree",
        requestBody: { $ref: "#/components/requestBodies/Tree" },
        responses: { "201": { description: "Created" } },
      },
    },
    "/upload": {
      post: {
        operationId: "upload",
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["files"],
                properties: {
                  title: { type: "string", example: "Holiday" },
                  files: { type: "array", items: { type: "string", format: "binary" } },
                  cover: { type: "string", format: "binary" },
                  meta: { type: "object", properties: { w: { type: "integer" } } },
                  tags: { type: "array", items: { type: "string" } },
                },
              },
              encoding: {
                files: { contentType: "image/png, image/jpeg" },
                tags: { style: "form", explode: false },
              },
            },
          },
        },
        responses: { "201": { description: "Created" } },
      },
    },
    "/form": {
      post: {
        operationId: "submitForm",
        requestBody: {
          content: {
            "application/x-www-form-urlencoded": {
              schema: {
                allOf: [
                  { $ref: "#/components/schemas/Named" },
                  {
                    type: "object",
                    properties: {
                      color: { type: "object" },
                      ids: { type: "array", items: { type: "integer" } },
                      back: { type: "string" },
                      extra: { type: "object" },
                    },
                  },
                ],
              },
              encoding: {
                color: { style: "deepObject", explode: true },
                ids: { style: "pipeDelimited", explode: false },
                back: { allowReserved: true },
              },
            },
          },
        },
        responses: { "200": { description: "OK" } },
      },
    },
    "/raw": {
      put: {
        operationId: "putRaw",
        requestBody: {
          content: {
            "text/plain": { schema: { type: "string" }, example: "hello" },
            "application/octet-stream": { schema: { type: "string", format: "binary" } },
            "application/xml": { schema: { type: "string" } },
          },
        },
        responses: { "204": { description: "Stored" } },
      },
    },
    "/secure": {
      servers: [{ url: "https://path.api.test" }],
      get: {
        operationId: "secure",
        servers: [{ url: "https://op.api.test/{v}", variables: { v: { default: "v2" } } }],
        security: [{ digest: [] }, { oauth: ["read"], keyCookie: [] }, {}],
        responses: { "200": { description: "OK" } },
      },
    },
    "/all-auth": {
      get: {
        operationId: "allAuth",
        security: [{ keyHeader: [], keyQuery: [], keyCookie: [], basic: [], bearer: [] }],
        parameters: [{ name: "q", in: "query", schema: { type: "string" } }],
        responses: { "200": { description: "OK" } },
      },
    },
    "/public": {
      get: { operationId: "listPublic", security: [], responses: { "200": { description: "OK" } } },
    },
    "/loop": {
      get: {
        operationId: "loop",
        parameters: [{ $ref: "#/components/parameters/Loop" }],
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } },
        },
        responses: { "200": { description: "OK" } },
      },
    },
  },
  components: {
    parameters: {
      Id: { name: "id", in: "path", required: true, schema: { type: "integer", example: 7 } },
      Limit: { $ref: "#/components/parameters/LimitInner" },
      LimitInner: { name: "limit", in: "query", schema: { type: "integer", default: 20 } },
      Loop: { $ref: "#/components/parameters/Loop" },
    },
    requestBodies: {
      Tree: {
        required: true,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } },
      },
    },
    schemas: {
      Node: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", format: "uuid" },
          created: { type: "string", format: "date-time" },
          owner: { type: "string", format: "email" },
          children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        },
      },
      Named: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      A: { $ref: "#/components/schemas/B" },
      B: { $ref: "#/components/schemas/A" },
    },
    securitySchemes: {
      keyHeader: { type: "apiKey", in: "header", name: "X-Api-Key" },
      keyQuery: { type: "apiKey", in: "query", name: "api_key" },
      keyCookie: { type: "apiKey", in: "cookie", name: "token" },
      basic: { type: "http", scheme: "Basic" },
      bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      digest: { type: "http", scheme: "digest" },
      oauth: {
        type: "oauth2",
        flows: {
          authorizationCode: {
            authorizationUrl: "https://auth.test/authorize",
            tokenUrl: "https://auth.test/token",
            scopes: { read: "Read things", write: "Write things" },
          },
          clientCredentials: { tokenUrl: "https://auth.test/token", scopes: { read: "Read" } },
        },
      },
    },
  },
};
