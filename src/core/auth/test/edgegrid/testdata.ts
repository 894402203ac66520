/**
 * Akamai's EdgeGrid signing test vectors, as the official Python library ships them
 * (https://github.com/akamai/AkamaiOPEN-edgegrid-python, akamai/edgegrid/test/testdata.json and
 * testcases.json at commit 7111af56988590341caed3acaa0a6f166374fa25; Apache License 2.0). The
 * same credentials, fixed timestamp 20140321T19:34:21+0000, nonce
 * nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx and expected signatures appear in the Node library's
 * test/test_data.json. `expectedDataToSign` is the data to sign with an empty auth header (the
 * Python test calls make_data_to_sign(req, "")). "Header with leading and interior spaces" has
 * `failsWithMessage` because Python's `requests` rejects the header; the Node library signs it
 * and expects the same signature, so it is checked here too. Data only; see ../../edgegrid.test.ts.
 */
import cases from "./testcases.json";
import data from "./testdata.json";

export interface EdgegridCase {
  testName: string;
  request: {
    method: string;
    path: string;
    data?: string;
    /** One `{ name: value }` object per header (JSON infers absent keys as undefined). */
    headers?: Record<string, string | undefined>[];
  };
  expectedAuthorization: string;
  /** Absent for the case Python cannot build (`failsWithMessage`). */
  expectedDataToSign?: string;
  failsWithMessage?: string;
}

/** Credentials and fixed values shared by every case. */
export const EDGEGRID_DATA = data;
/** The signing cases. */
export const EDGEGRID_CASES: EdgegridCase[] = cases;
