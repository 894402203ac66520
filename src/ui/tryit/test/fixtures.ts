/** Fixtures for the try-it element tests: a small OpenAPI 3 spec and a fake transport. */
import type { HttpRequest, SendResult, Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";

/** One operation with every kind of control the panel has. */
export const SPEC = {
  openapi: "3.0.3",
  info: { title: "Pets", version: "1" },
  servers: [
    {
      url: "https://{region}.api.example.com/v1",
      variables: { region: { default: "eu", enum: ["eu", "us"] } },
    },
    { url: "https://staging.example.com/v1" },
  ],
  components: {
    securitySchemes: {
      api_key: { type: "apiKey", in: "header", name: "X-API-Key" },
      token: { type: "http", scheme: "bearer" },
    },
  },
  paths: {
    "/pets/{petId}": {
      put: {
        operationId: "updatePet",
        summary: "Update a pet",
        security: [{ api_key: [] }, { token: [] }],
        parameters: [
          { name: "petId", in: "path", required: true, schema: { type: "integer" }, example: 7 },
          {
            name: "status",
            in: "query",
            schema: { type: "string", enum: ["available", "sold"] },
            example: "sold",
          },
          { name: "verbose", in: "query", schema: { type: "boolean" } },
          {
            name: "tags",
            in: "query",
            style: "pipeDelimited",
            explode: false,
            schema: { type: "array", items: { type: "string" } },
            example: ["a", "b"],
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": { example: { name: "Rex" } },
            "application/x-www-form-urlencoded": {
              schema: { type: "object", properties: { name: { type: "string" } } },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
};

/** A transport that records what it was asked to send and answers `answer`. */
export function fakeTransport(answer?: (request: HttpRequest) => SendResult) {
  const sent: HttpRequest[] = [];
  const transport: Transport = {
    name: "fake",
    capabilities: NO_CAPABILITIES,
    send(request) {
      sent.push(request);
      return Promise.resolve(
        answer?.(request) ?? {
          ok: true,
          response: {
            status: 200,
            statusText: "OK",
            headers: [
              ["content-type", "application/json"],
              ["x-served-by", "fake"],
            ],
            body: new TextEncoder().encode('{"id":7,"name":"Rex"}'),
            timeMs: 42,
            url: request.url,
            redirected: false,
          },
        },
      );
    },
  };
  return { transport, sent };
}
