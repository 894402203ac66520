/**
 * A structural JSON schema of Postman collection v2.1, written for the export test (the official
 * schema is not available offline). It checks the shapes the exporter produces, not every rule.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
const str = { type: "string" };
const description = { anyOf: [str, { type: "object" }, { type: "null" }] };

const variable = {
  type: "object",
  properties: {
    key: str,
    type: { enum: ["string", "boolean", "any", "number", "secret", "default"] },
    disabled: { type: "boolean" },
    description,
  },
};

const keyValue = {
  type: "object",
  required: ["key"],
  properties: { key: { anyOf: [str, { type: "null" }] }, disabled: { type: "boolean" } },
};

const auth = {
  type: "object",
  required: ["type"],
  properties: {
    type: {
      enum: [
        ...["apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "noauth"],
        ...["oauth1", "oauth2", "ntlm", "akamai", "jwt", "asap", "inherit"],
      ],
    },
  },
  additionalProperties: { type: "array", items: { type: "object", required: ["key"] } },
};

const event = {
  type: "object",
  required: ["listen"],
  properties: {
    listen: str,
    script: {
      type: "object",
      properties: { exec: { anyOf: [str, { type: "array", items: str }] }, type: str },
    },
    disabled: { type: "boolean" },
  },
};

const url = {
  anyOf: [
    str,
    {
      type: "object",
      properties: {
        raw: str,
        query: { type: "array", items: keyValue },
        variable: { type: "array", items: variable },
      },
    },
  ],
};

const body = {
  type: "object",
  properties: {
    mode: { enum: ["raw", "urlencoded", "formdata", "file", "graphql"] },
    raw: str,
    urlencoded: { type: "array", items: keyValue },
    formdata: { type: "array", items: keyValue },
    disabled: { type: "boolean" },
  },
};

const request = {
  anyOf: [
    str,
    {
      type: "object",
      properties: {
        url,
        method: str,
        header: { anyOf: [str, { type: "array", items: keyValue }] },
        body: { anyOf: [body, { type: "null" }] },
        auth: { anyOf: [auth, { type: "null" }] },
        description,
      },
    },
  ],
};

/** The schema, for ajv (draft-07 subset; `item` is recursive through `$defs`). */
export const collectionV21Shape = {
  $id: "satchel:postman-collection-v2.1-shape",
  type: "object",
  required: ["info", "item"],
  properties: {
    info: {
      type: "object",
      required: ["name", "schema"],
      properties: {
        name: str,
        schema: { const: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        _postman_id: str,
      },
    },
    item: { type: "array", items: { $ref: "#/$defs/node" } },
    event: { type: "array", items: event },
    variable: { type: "array", items: variable },
    auth: { anyOf: [auth, { type: "null" }] },
  },
  $defs: {
    node: {
      anyOf: [
        {
          type: "object",
          required: ["request"],
          properties: {
            id: str,
            name: str,
            request,
            response: { type: "array" },
            event: { type: "array", items: event },
            variable: { type: "array", items: variable },
          },
        },
        {
          type: "object",
          required: ["item"],
          properties: {
            name: str,
            item: { type: "array", items: { $ref: "#/$defs/node" } },
            event: { type: "array", items: event },
            auth: { anyOf: [auth, { type: "null" }] },
          },
        },
      ],
    },
  },
} as const;
