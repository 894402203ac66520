import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { readTokenResponse } from "./tokenResponse";
import { answer } from "./test/helpers";

const deps = { clock: makeFixedClock(1_000), random: makeSeededRandom(1) };
const meta = { name: "T", tokenUrl: "https://auth.test/token", transportName: "browser" };

describe("token responses", () => {
  it("reads a form-encoded answer", () => {
    const result = readTokenResponse(
      answer(200, "access_token=a%2Bb&token_type=bearer&scope=repo+user&expires_in=30"),
      meta,
      deps,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { accessToken: "a+b", tokenType: "bearer", scope: "repo user", expiresAt: 31_000 },
    });
  });

  it("turns error and error_description into a clear error, JSON or form", () => {
    const json = readTokenResponse(
      answer(400, { error: "invalid_grant", error_description: "Code expired" }),
      meta,
      deps,
    );
    expect(json).toEqual({
      ok: false,
      error: {
        code: "AUTH_FAILED",
        message: "The token endpoint https://auth.test/token refused: invalid_grant (Code expired)",
      },
    });
    // GitHub answers errors with 200 and a form body.
    const form = readTokenResponse(answer(200, "error=bad_verification_code"), meta, deps);
    expect(!form.ok && form.error.message).toContain("refused: bad_verification_code");
  });

  it("says the status when the body is not a token, and when access_token is missing", () => {
    const html = readTokenResponse(answer(500, "<html>oops</html>", "text/html"), meta, deps);
    expect(!html.ok && html.error.message).toBe(
      "The token endpoint https://auth.test/token answered 500 Bad Request",
    );
    const empty = readTokenResponse(answer(200, { token_type: "bearer" }), meta, deps);
    expect(!empty.ok && empty.error.message).toContain("without an access_token");
  });

  it("names the transports that can reach an endpoint the browser's CORS blocks", () => {
    const result = readTokenResponse(
      { ok: false, error: { code: "CORS_BLOCKED", message: "blocked" } },
      meta,
      deps,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain("CORS");
    expect(result.error.message).toContain("browser transport");
    expect(result.error.hint).toMatch(/local agent or a team proxy/);
  });

  it("passes on other transport failures", () => {
    const result = readTokenResponse(
      {
        ok: false,
        error: { code: "UNREACHABLE", message: "Connection refused", hint: "Start it" },
      },
      meta,
      deps,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: "AUTH_FAILED",
        message: "The token request to https://auth.test/token failed: Connection refused",
        hint: "Start it",
      },
    });
  });
});
