import { describe, expect, it } from "vitest";
import type { Auth } from "../../../../core/model";
import { AUTH_FIELDS } from "./authFields";
import { AUTH_CHOICES, authKeys, editorType } from "./authTypes";
import {
  attributeText,
  fieldChecked,
  fieldShown,
  fieldText,
  setAttribute,
  switchAuthType,
} from "./authValues";

const keys = (type: keyof typeof AUTH_FIELDS) => (AUTH_FIELDS[type] ?? []).map((f) => f.key);
const field = (type: keyof typeof AUTH_FIELDS, key: string) => {
  const found = AUTH_FIELDS[type]?.find((f) => f.key === key);
  if (!found) throw new Error(`no ${type}.${key}`);
  return found;
};

describe("the field table", () => {
  it("offers every Postman type but asap, akamai shown as EdgeGrid", () => {
    expect(AUTH_CHOICES.map(([type]) => type)).toEqual([
      "inherit",
      "noauth",
      "basic",
      "bearer",
      "apikey",
      "jwt",
      "digest",
      "oauth1",
      "oauth2",
      "hawk",
      "awsv4",
      "ntlm",
      "edgegrid",
    ]);
    expect(editorType("akamai")).toBe("edgegrid");
    expect(AUTH_FIELDS.akamai).toBe(AUTH_FIELDS.edgegrid);
  });

  it("uses Postman v2.1's attribute names (postman-runtime's authorizers)", () => {
    expect(keys("digest")).toEqual([
      "username",
      "password",
      "disableRetryRequest",
      "realm",
      "nonce",
      "algorithm",
      "qop",
      "nonceCount",
      "clientNonce",
      "opaque",
    ]);
    expect(keys("oauth1").sort()).toEqual(
      [
        "consumerKey",
        "consumerSecret",
        "token",
        "tokenSecret",
        "signatureMethod",
        "privateKey",
        "timestamp",
        "nonce",
        "version",
        "realm",
        "callback",
        "verifier",
        "addParamsToHeader",
        "includeBodyHash",
        "addEmptyParamsToSign",
        "disableHeaderEncoding",
      ].sort(),
    );
    expect(keys("hawk").sort()).toEqual(
      [
        "authId",
        "authKey",
        "algorithm",
        "user",
        "nonce",
        "extraData",
        "app",
        "delegation",
        "timestamp",
        "includePayloadHash",
      ].sort(),
    );
    expect(keys("awsv4").sort()).toEqual(
      ["accessKey", "secretKey", "region", "service", "sessionToken", "addAuthDataToQuery"].sort(),
    );
    expect(keys("jwt").sort()).toEqual(
      [
        "algorithm",
        "secret",
        "privateKey",
        "isSecretBase64Encoded",
        "payload",
        "header",
        "addTokenTo",
        "headerPrefix",
        "queryParamKey",
      ].sort(),
    );
    expect(keys("ntlm").sort()).toEqual(
      ["username", "password", "domain", "workstation", "disableRetryRequest"].sort(),
    );
    expect(keys("edgegrid").sort()).toEqual(
      [
        "accessToken",
        "clientToken",
        "clientSecret",
        "baseURL",
        "nonce",
        "timestamp",
        "headersToSign",
        "maxBodySize",
      ].sort(),
    );
  });

  it("offers Postman's choices", () => {
    const values = (type: keyof typeof AUTH_FIELDS, key: string) =>
      field(type, key).options?.map(([v]) => v);
    expect(values("digest", "algorithm")).toEqual(["MD5", "MD5-sess", "SHA-256", "SHA-256-sess"]);
    expect(values("oauth1", "signatureMethod")).toEqual([
      "HMAC-SHA1",
      "HMAC-SHA256",
      "HMAC-SHA512",
      "PLAINTEXT",
      "RSA-SHA1",
      "RSA-SHA256",
      "RSA-SHA512",
    ]);
    expect(values("hawk", "algorithm")).toEqual(["sha256", "sha1"]);
    expect(values("jwt", "algorithm")).toHaveLength(12);
    expect(values("jwt", "addTokenTo")).toEqual(["header", "queryParam"]);
  });

  it("masks every credential", () => {
    const secrets = Object.values(AUTH_FIELDS)
      .flat()
      .filter((f) => f.kind === "secret" || f.secret)
      .map((f) => f.key);
    for (const key of [
      "password",
      "secret",
      "privateKey",
      "consumerSecret",
      "tokenSecret",
      "authKey",
      "secretKey",
      "sessionToken",
      "clientSecret",
    ]) {
      expect(secrets).toContain(key);
    }
  });
});

describe("attribute values", () => {
  const jwt: Auth = { type: "jwt", attributes: [] };

  it("reads text, defaults and booleans as Postman stores them", () => {
    const auth: Auth = {
      type: "oauth1",
      attributes: [
        { key: "addParamsToHeader", value: true, type: "boolean" },
        { key: "includeBodyHash", value: "true" },
        { key: "nonceCount", value: 1 },
      ],
    };
    expect(fieldChecked(auth, "addParamsToHeader")).toBe(true);
    expect(fieldChecked(auth, "includeBodyHash")).toBe(true);
    expect(fieldChecked(auth, "addEmptyParamsToSign")).toBe(false);
    expect(attributeText(auth, "nonceCount")).toBe("1");
    expect(fieldText(auth, field("oauth1", "signatureMethod"))).toBe("HMAC-SHA1");
  });

  it("writes strings and booleans with their type", () => {
    const next = setAttribute(setAttribute(jwt, "secret", "s"), "isSecretBase64Encoded", true);
    expect(next.attributes).toEqual([
      { key: "secret", value: "s", type: "string" },
      { key: "isSecretBase64Encoded", value: true, type: "boolean" },
    ]);
    expect(setAttribute(next, "secret", "t").attributes[0]).toEqual({
      key: "secret",
      value: "t",
      type: "string",
    });
  });

  it("shows a field only while its condition holds, defaults included", () => {
    expect(fieldShown(jwt, field("jwt", "secret"))).toBe(true);
    expect(fieldShown(jwt, field("jwt", "privateKey"))).toBe(false);
    const rs = setAttribute(jwt, "algorithm", "RS256");
    expect(fieldShown(rs, field("jwt", "secret"))).toBe(false);
    expect(fieldShown(rs, field("jwt", "privateKey"))).toBe(true);
    expect(fieldShown(jwt, field("jwt", "headerPrefix"))).toBe(true);
    expect(fieldShown(jwt, field("jwt", "queryParamKey"))).toBe(false);
  });
});

describe("switchAuthType", () => {
  const basic: Auth = {
    type: "basic",
    attributes: [
      { key: "username", value: "ann", type: "string" },
      { key: "password", value: "pw", type: "string" },
    ],
  };

  it("keeps the keys the new type uses and writes its choices' defaults", () => {
    const digest = switchAuthType(basic, "digest");
    expect(digest).toEqual({
      type: "digest",
      attributes: [...basic.attributes, { key: "algorithm", value: "MD5", type: "string" }],
    });
    const ntlm = switchAuthType(setAttribute(digest, "disableRetryRequest", true), "ntlm");
    expect(ntlm.attributes.map((a) => a.key)).toEqual([
      "username",
      "password",
      "disableRetryRequest",
    ]);
    expect(switchAuthType(ntlm, "bearer")).toEqual({ type: "bearer", attributes: [] });
    expect(switchAuthType(ntlm, "noauth")).toEqual({ type: "noauth", attributes: [] });
  });

  it("drops a choice whose value the new type does not offer", () => {
    const jwt = switchAuthType({ type: "noauth", attributes: [] }, "jwt");
    expect(attributeText(jwt, "algorithm")).toBe("HS256");
    expect(attributeText(switchAuthType(jwt, "hawk"), "algorithm")).toBe("sha256");
    const query = setAttribute(jwt, "addTokenTo", "queryParam");
    expect(switchAuthType(query, "oauth2").attributes).toEqual([]);
    expect(authKeys("oauth2").some((k) => k.key === "accessToken")).toBe(true);
  });
});
