import { describe, expect, it } from "vitest";
import type { CookieRecord } from "../../../core/cookies/types";
import { checkDomain, cookieFromForm, expiryOf, formOf, toLocalInput } from "./cookieForm";

const stored: CookieRecord = {
  key: "session",
  value: "abc",
  domain: "api.test",
  path: "/",
  expires: "2030-01-02T03:04:05.000Z",
  secure: true,
  httpOnly: false,
  hostOnly: true,
  sameSite: "lax",
  creation: "2024-01-01T00:00:00.000Z",
};

describe("cookieFromForm", () => {
  it("builds a session cookie from a new form, path defaulting to /", () => {
    const result = cookieFromForm({ ...formOf(), name: " id ", value: "1", domain: "API.test." });
    expect(result).toEqual({
      ok: true,
      cookie: {
        key: "id",
        value: "1",
        domain: "api.test",
        path: "/",
        secure: false,
        httpOnly: false,
      },
    });
    const blankPath = cookieFromForm({ ...formOf(), name: "a", domain: "x.test", path: " " });
    expect(blankPath.ok && blankPath.cookie.path).toBe("/");
  });

  it("refuses a missing name or domain and names with =, ; or spaces", () => {
    expect(cookieFromForm(formOf())).toEqual({
      ok: false,
      errors: { name: "Enter a name.", domain: "Enter a domain." },
    });
    for (const name of ["a=b", "a;b", "a b", "a\tb"]) {
      const r = cookieFromForm({ ...formOf(), name, domain: "x.test" });
      expect(r.ok ? undefined : r.errors.name).toBe('A name can\'t contain "=", ";" or spaces.');
    }
  });

  it("refuses values, domains and paths that would break the Cookie header", () => {
    const base = { ...formOf(), name: "a", domain: "x.test" };
    const errors = (patch: Partial<typeof base>) => {
      const r = cookieFromForm({ ...base, ...patch });
      return r.ok ? {} : r.errors;
    };
    expect(errors({ value: "a;b" }).value).toMatch(/can't contain/);
    expect(errors({ value: "a\r\nSet-Cookie: x" }).value).toMatch(/can't contain/);
    expect(errors({ value: "a b=c" })).toEqual({});
    expect(errors({ domain: "https://x.test/" }).domain).toMatch(/domain only/);
    expect(errors({ domain: "x.test:8080" }).domain).toMatch(/domain only/);
    expect(errors({ path: "admin" }).path).toBe('A path starts with "/".');
    expect(errors({ path: "/a;b" }).path).toMatch(/can't contain/);
    expect(errors({ expires: "not a date" }).expires).toMatch(/session cookie/);
  });

  it("keeps an edited cookie's other attributes and its exact expiry when unchanged", () => {
    const result = cookieFromForm({ ...formOf(stored), value: "new" }, stored);
    expect(result).toEqual({ ok: true, cookie: { ...stored, value: "new" } });
  });

  it("replaces Expires and Max-Age when the expiry changes, and drops it when emptied", () => {
    const withMaxAge = { ...stored, maxAge: 60 };
    const changed = cookieFromForm(
      { ...formOf(withMaxAge), expires: "2031-05-06T07:08" },
      withMaxAge,
    );
    expect(changed.ok && changed.cookie.expires).toBe(new Date("2031-05-06T07:08").toISOString());
    expect(changed.ok && "maxAge" in changed.cookie).toBe(false);
    const session = cookieFromForm({ ...formOf(stored), expires: "" }, stored);
    expect(session.ok && "expires" in session.cookie).toBe(false);
    expect(session.ok && session.cookie.sameSite).toBe("lax");
  });

  it("makes a domain cookie when the domain is typed with a leading dot", () => {
    const r = cookieFromForm({ ...formOf(stored), domain: ".api.test" }, stored);
    expect(r.ok && [r.cookie.domain, r.cookie.hostOnly]).toEqual(["api.test", false]);
  });
});

describe("expiry", () => {
  it("takes Max-Age over Expires, and none as a session", () => {
    expect(expiryOf(stored)).toBe(stored.expires);
    expect(expiryOf({ ...stored, maxAge: 3600 })).toBe("2024-01-01T01:00:00.000Z");
    expect(expiryOf({ ...stored, maxAge: 0 })).toBe("1970-01-01T00:00:00.000Z");
    expect(expiryOf({ ...stored, maxAge: "-Infinity" })).toBe("1970-01-01T00:00:00.000Z");
    expect(expiryOf({ key: "a", value: "", domain: "x", path: "/" })).toBeUndefined();
  });

  it("shows an ISO time as a local datetime-local value and back", () => {
    const local = toLocalInput(stored.expires);
    expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(new Date(local).getTime()).toBe(Date.parse("2030-01-02T03:04:00.000Z"));
    expect(toLocalInput(undefined)).toBe("");
    expect(toLocalInput("nonsense")).toBe("");
  });
});

describe("checkDomain", () => {
  it("normalizes case and dots, refuses URLs", () => {
    expect(checkDomain("  .Example.COM. ")).toEqual({ ok: true, domain: "example.com" });
    expect(checkDomain("...").ok).toBe(false);
    expect(checkDomain("example.com/path").ok).toBe(false);
  });
});
