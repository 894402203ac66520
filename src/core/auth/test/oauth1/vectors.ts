/**
 * Published OAuth 1.0 signing examples, as data (./vectors.json):
 * - RFC 5849 §1.2, §2.1, §2.3, §3.1 and §3.4.1.1 (https://www.rfc-editor.org/rfc/rfc5849); §3.1's
 *   printed signature bYT5CMsGcbgUdFHObYMEfcx6bsw= is wrong, verified erratum 2550 gives
 *   r6/TJjbCOr97/+UU0NsvSne7s5g=, which is what the case expects;
 * - OAuth Core 1.0 Appendix A.5 and the RSA-SHA1 case of the OAuth test-case wiki
 *   (http://wiki.oauth.net/TestCases §9.3; its "vacaction" typo is part of the vector);
 * - Twitter's "Creating a signature" page, both the original api.twitter.com/1/ edition
 *   (tnnArxj06cWHq44gCs1OSKk/jLY=) and the current 1.1 edition (hCtSmYh+iHYCEqBWrE7C7hYmtUk=),
 *   https://developer.x.com/en/docs/authentication/oauth-1-0a/creating-a-signature;
 * - the OAuth Request Body Hash draft, Appendix A (body hashes and the A.2 base string,
 *   https://datatracker.ietf.org/doc/html/draft-eaton-oauth-bodyhash-00); the draft's own
 *   signatures cannot be reproduced (python-oauth2 notes the same), so the signatures for those
 *   two cases are python-oauth2's (test_oauth.py, test_sign_request_with_body_hash: consumer
 *   secret "con-test-secret", no token secret).
 * Each case: a request, Postman v2.1 oauth1 attributes, and the expected signature (and base
 * string or header pieces where published). Data only; see ../../oauth1.test.ts.
 */
import vectors from "./vectors.json";

export interface OAuth1Vector {
  name: string;
  request: { method: string; url: string; form?: string[][]; text?: string };
  auth: Record<string, string | boolean | undefined>;
  baseString?: string;
  bodyHash?: string;
  signature: string;
  headerContains?: string[];
}

/** The cases, as data. */
export const OAUTH1_VECTORS: OAuth1Vector[] = vectors;
