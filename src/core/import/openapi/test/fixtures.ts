/** Small OpenAPI documents (3.0, 3.1, 2.0) exercising every conversion rule. */

export const petstore30 = {
  openapi: "3.0.3",
  info: { title: "Petstore", version: "1.0.0", description: "Pets." },
  servers: [
    {
      url: "https://{region}.pets.test/{version}",
      variables: { region: { default: "eu", enum: ["eu", "us"] }, version: { default: "v1" } },
    },
  ],
  security: [{ bearer: [] }],
  tags: [{ name: "pets", description: "Everything about pets" }],
  paths: {
    "/pets/{petId}": {
      parameters: [{ $ref: "#/components/parameters/PetId" }],
      get: {
        tags: ["pets"],
        summary: "Get a pet",
        parameters: [
          { name: "fields", in: "query", style: "form", explode: false, example: ["id", "name"] },
          { name: "filter", in: "query", style: "deepObject", example: { kind: "cat", age: 3 } },
          {
            name: "X-Trace",
            in: "header",
            required: true,
            schema: { type: "string", example: "t1" },
          },
          { name: "session", in: "cookie", example: "abc" },
        ],
        responses: {
          "200": {
            description: "The pet",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
      put: {
        tags: ["pets"],
        operationId: "updatePet",
        security: [{ apiKey: [] }],
        requestBody: { $ref: "#/components/requestBodies/PetBody" },
        responses: { "204": { description: "Updated" } },
      },
    },
    "/pets/{petId}/photos": {
      post: {
        tags: ["photos"],
        security: [{ oauth: ["write"] }],
        parameters: [
          { name: "petId", in: "path", required: true, style: "label", example: [1, 2] },
        ],
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  caption: { type: "string", example: "cute" },
                  files: { type: "array", items: { type: "string", format: "binary" } },
                },
              },
            },
          },
        },
        responses: { default: { description: "Unexpected error" } },
      },
    },
    "/login": {
      post: {
        security: [],
        requestBody: {
          content: {
            "application/x-www-form-urlencoded": {
              example: { user: "ann", password: "secret" },
            },
          },
        },
        responses: {},
      },
    },
  },
  components: {
    parameters: {
      PetId: { name: "petId", in: "path", required: true, schema: { type: "integer", example: 7 } },
    },
    requestBodies: {
      PetBody: {
        content: {
          "application/json": {
            examples: { rex: { value: { name: "Rex" } } },
            schema: { $ref: "#/components/schemas/Pet" },
          },
        },
      },
    },
    responses: {
      NotFound: {
        description: "Not found",
        content: { "application/json": { example: { message: "no such pet" } } },
      },
    },
    schemas: {
      Pet: {
        type: "object",
        properties: {
          id: { type: "integer", format: "int64" },
          name: { type: "string" },
          tags: { type: "array", items: { type: "string" } },
          parent: { $ref: "#/components/schemas/Pet" },
          born: { type: "string", format: "date" },
        },
      },
    },
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer" },
      apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
      oauth: {
        type: "oauth2",
        flows: {
          authorizationCode: {
            authorizationUrl: "https://auth.test/authorize",
            tokenUrl: "https://auth.test/token",
            scopes: { write: "Write", read: "Read" },
          },
        },
      },
    },
  },
};

export const spec31 = {
  openapi: "3.1.0",
  info: { title: "Thirty-one", version: "2" },
  paths: {
    "/things": {
      post: {
        summary: "Create a thing",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  label: { type: ["string", "null"], examples: ["first"] },
                  kind: { const: "thing" },
                  size: { type: "number", minimum: 1 },
                },
              },
            },
          },
        },
        responses: { "201": { description: "Created" } },
      },
    },
  },
  webhooks: { newThing: { post: { responses: { "200": { description: "ok" } } } } },
};

export const swagger20 = {
  swagger: "2.0",
  info: { title: "Old API", version: "1" },
  host: "old.test",
  basePath: "/api",
  schemes: ["http", "https"],
  consumes: ["application/json"],
  produces: ["application/json"],
  securityDefinitions: { basic: { type: "basic" } },
  security: [{ basic: [] }],
  paths: {
    "/users": {
      get: {
        tags: ["users"],
        parameters: [
          {
            name: "ids",
            in: "query",
            type: "array",
            items: { type: "integer" },
            collectionFormat: "multi",
            "x-example": [1, 2],
          },
          { name: "sort", in: "query", type: "string", default: "name" },
        ],
        responses: {
          "200": {
            description: "Users",
            schema: { type: "array", items: { $ref: "#/definitions/User" } },
          },
        },
      },
      post: {
        tags: ["users"],
        parameters: [{ name: "body", in: "body", schema: { $ref: "#/definitions/User" } }],
        responses: {
          "201": { description: "Created", examples: { "application/json": { id: 1 } } },
        },
      },
    },
    "/users/{id}/avatar": {
      put: {
        consumes: ["multipart/form-data"],
        parameters: [
          { name: "id", in: "path", required: true, type: "string", "x-example": "u1" },
          { name: "file", in: "formData", type: "file" },
          { name: "note", in: "formData", type: "string", default: "hi" },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
  },
  definitions: {
    User: {
      type: "object",
      properties: { id: { type: "integer" }, email: { type: "string", format: "email" } },
    },
  },
};
