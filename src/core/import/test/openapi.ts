/** A small OpenAPI 3.1 document for the fuzz tests. */
export const smallOpenApi = {
  openapi: "3.1.0",
  info: { title: "Pets", version: "1" },
  servers: [{ url: "https://{env}.pets.test/v1", variables: { env: { default: "api" } } }],
  paths: {
    "/pets/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
      get: {
        tags: ["pets"],
        operationId: "getPet",
        parameters: [{ $ref: "#/components/parameters/Verbose" }],
        responses: {
          "200": {
            description: "OK",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
          },
        },
        security: [{ key: [] }],
      },
    },
    "/pets": {
      post: {
        requestBody: {
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/Pet" } },
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: { file: { type: "string", format: "binary" } },
              },
            },
          },
        },
        responses: { "201": { description: "Created" } },
      },
    },
  },
  components: {
    parameters: { Verbose: { name: "verbose", in: "query", schema: { type: "boolean" } } },
    schemas: {
      Pet: {
        type: "object",
        properties: {
          id: { type: "integer" },
          name: { type: "string" },
          tags: { type: "array", items: { type: "string" } },
        },
      },
    },
    securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } },
  },
};
