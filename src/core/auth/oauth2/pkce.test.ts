import { describe, expect, it } from "vitest";
import { makeSeededRandom } from "../../clock";
import { base64url } from "../bytes";
import { codeChallenge, isValidVerifier, makeCodeVerifier } from "./pkce";

describe("PKCE", () => {
  it("matches RFC 7636 appendix B (octets → verifier → S256 challenge)", () => {
    const octets = Uint8Array.from([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77,
      105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);
    const verifier = base64url(octets);
    expect(verifier).toBe("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    expect(isValidVerifier(verifier)).toBe(true);
    expect(codeChallenge(verifier, "S256")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    expect(codeChallenge("abc", "plain")).toBe("abc");
  });

  it("makes a fresh verifier of 43–128 unreserved characters each time", () => {
    const random = makeSeededRandom(1);
    const a = makeCodeVerifier(random);
    const b = makeCodeVerifier(random);
    expect(isValidVerifier(a)).toBe(true);
    expect(a).toHaveLength(64);
    expect(b).not.toBe(a);
    expect(isValidVerifier("short")).toBe(false);
  });
});
