/**
 * Published JWS/JWT examples, as data (./vectors.json):
 * - RFC 7515 Appendix A.1 (https://www.rfc-editor.org/rfc/rfc7515#appendix-A.1): the HS256
 *   signing input, the JWK `k` of its key and the signature. Its header and payload JSON contain
 *   CR LF and spaces, which no re-serialization reproduces, so the scheme-level test checks the
 *   token decodes to the same header and claims and verifies under that key.
 * - jwt.io's default token (https://jwt.io, secret "your-256-bit-secret"), reproduced byte for
 *   byte by the scheme from Postman-style `header` and `payload` text.
 * Data only; see ../../jwt.test.ts.
 */
import vectors from "./vectors.json";

/** The vectors. */
export const JWT_VECTORS = vectors;
