/**
 * The guest bootstrap: one function source, evaluated once per QuickJS context and called with
 * the host functions and the list of library names. It returns the stage driver (./pm.ts) and
 * leaves only the documented globals behind (console, timers, require, atob/btoa, crypto,
 * `_`, CryptoJS, tv4, xml2Json).
 */
import { GUEST_BASE } from "./base";
import { GUEST_CHAI } from "./chaiPostman";
import { GUEST_CONSOLE_VALUE } from "./consoleValue";
import { GUEST_COOKIES } from "./cookies";
import { GUEST_FAST_ASSERT } from "./fastAssert";
import { GUEST_JSON_ERROR } from "./jsonError";
import { GUEST_JSON_SCHEMA } from "./jsonSchema";
import { GUEST_LISTS } from "./lists";
import { GUEST_PM } from "./pm";
import { GUEST_REQUEST } from "./request";
import { GUEST_RESPONSE } from "./response";
import { GUEST_SCOPES } from "./scopes";
import { GUEST_TESTS } from "./tests";
import { GUEST_URL } from "./url";

/** `(function (host, known) { … return api; })` — see ./pm.ts for `api`. */
export const GUEST_BOOTSTRAP = [
  '(function (host, known) {\n"use strict";',
  GUEST_BASE,
  GUEST_CONSOLE_VALUE,
  GUEST_LISTS,
  GUEST_URL,
  GUEST_REQUEST,
  GUEST_JSON_ERROR,
  GUEST_RESPONSE,
  GUEST_COOKIES,
  GUEST_SCOPES,
  GUEST_JSON_SCHEMA,
  GUEST_CHAI,
  GUEST_FAST_ASSERT,
  GUEST_TESTS,
  GUEST_PM,
  "return api;\n})",
].join("\n");
