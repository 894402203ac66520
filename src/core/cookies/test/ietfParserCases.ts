/**
 * The IETF http-state parser tests (Adam Barth, https://github.com/abarth/http-state), as
 * tough-cookie 6.1.0 redistributes them in lib/__tests__/data/parser.ts (Copyright (c) 2015,
 * Salesforce.com, Inc., BSD-3-Clause: https://github.com/salesforce/tough-cookie/blob/master/LICENSE).
 * Each case: the Set-Cookie lines a server at http://home.example.org/cookie-parser?<test>
 * sends, and the cookies (in order) a request to http://home.example.org/cookie-parser-result?<test>
 * (or to `sent-to`) must carry. Data only; see ../toughJar.test.ts.
 */
import cases from "./ietfParserCases.json";

export interface IetfParserCase {
  test: string;
  received: string[];
  sent: { name: string; value: string }[];
  "sent-to"?: string;
}

/** The cases, as data (./ietfParserCases.json, one case per line). */
export const IETF_PARSER_CASES: IetfParserCase[] = cases;
