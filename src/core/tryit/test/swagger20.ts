/** A handwritten Swagger 2.0 document: every collectionFormat, body and formData, 2.0 flows. */

export const swagger20 = {
  swagger: "2.0",
  info: { title: "Two", version: "1" },
  host: "api.two.test",
  basePath: "/v2",
  schemes: ["http", "https"],
  consumes: ["application/json"],
  securityDefinitions: {
    basic: { type: "basic" },
    key: { type: "apiKey", in: "query", name: "key" },
    code: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://two.test/auth",
      tokenUrl: "https://two.test/token",
      scopes: { read: "Read" },
    },
    app: { type: "oauth2", flow: "application", tokenUrl: "https://two.test/token", scopes: {} },
  },
  security: [{ basic: [] }],
  parameters: {
    Csv: { name: "csv", in: "query", type: "array", items: { type: "string" } },
  },
  definitions: {
    Pet: {
      type: "object",
      required: ["name"],
      properties: { name: { type: "string", example: "Rex" } },
    },
  },
  paths: {
    "/lists/{ids}": {
      get: {
        operationId: "lists",
        security: [{ code: ["read"] }, { app: [] }],
        parameters: [
          { name: "ids", in: "path", required: true, type: "array", items: { type: "integer" } },
          { $ref: "#/parameters/Csv" },
          {
            name: "ssv",
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: "ssv",
          },
          {
            name: "tsv",
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: "tsv",
          },
          {
            name: "pipes",
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: "pipes",
          },
          {
            name: "multi",
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: "multi",
          },
          {
            name: "X-Ids",
            in: "header",
            type: "array",
            items: { type: "string" },
            "x-example": ["a", "b"],
          },
          { name: "sort", in: "query", type: "string", enum: ["asc", "desc"], default: "asc" },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
    "/pets": {
      post: {
        operationId: "addPet",
        parameters: [
          { name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Pet" } },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
    "/photos": {
      post: {
        operationId: "addPhotos",
        consumes: ["multipart/form-data"],
        parameters: [
          { name: "caption", in: "formData", type: "string", required: true },
          { name: "file", in: "formData", type: "file", required: true },
          {
            name: "labels",
            in: "formData",
            type: "array",
            items: { type: "string" },
            collectionFormat: "multi",
          },
        ],
        responses: { "200": { description: "OK" } },
      },
    },
  },
};
