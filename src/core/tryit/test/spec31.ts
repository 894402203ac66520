/** A handwritten OpenAPI 3.1 document: a path item `$ref`, schema `examples`, OpenID Connect. */

export const spec31 = {
  openapi: "3.1.0",
  info: { title: "3.1", version: "1" },
  paths: {
    "/things/{thingId}": { $ref: "#/components/pathItems/Thing" },
  },
  webhooks: { ping: { post: { responses: { "200": { description: "OK" } } } } },
  components: {
    pathItems: {
      Thing: {
        parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: "getThing",
          parameters: [
            {
              name: "mode",
              in: "query",
              schema: { type: ["string", "null"], examples: ["fast"] },
            },
          ],
          security: [{ oidc: ["openid"] }],
          responses: { "200": { description: "OK" } },
        },
      },
    },
    securitySchemes: {
      oidc: {
        type: "openIdConnect",
        openIdConnectUrl: "https://id.test/.well-known/openid-configuration",
      },
    },
  },
};
