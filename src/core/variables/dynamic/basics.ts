/** The four core dynamic variables plus generic values and words. */
import type { DynamicVariable } from "./random";
import { ALNUM, HEX, chars, defs, int, pick, words } from "./random";
import * as W from "./words";

export const BASIC_VARIABLES: DynamicVariable[] = defs({
  $guid: ["A v4 UUID", (d) => d.random.uuid()],
  $timestamp: ["The current Unix time in seconds", (d) => String(Math.round(d.clock.now() / 1000))],
  $isoTimestamp: [
    "The current time as an ISO 8601 string (UTC)",
    (d) => new Date(d.clock.now()).toISOString(),
  ],
  $randomInt: ["A random integer from 0 to 1000", (d) => String(int(d, 0, 1000))],
  $randomUUID: ["A random v4 UUID", (d) => d.random.uuid()],
  $randomAlphaNumeric: ["One random letter or digit", (d) => chars(d, ALNUM, 1)],
  $randomBoolean: ["true or false", (d) => String(d.random.next() < 0.5)],
  $randomHexadecimal: ["A random hex value (e.g. 0xa3)", (d) => `0x${chars(d, HEX, 2)}`],
  $randomAbbreviation: ["A random abbreviation (e.g. SQL)", (d) => pick(d, W.ABBREVIATIONS)],
  $randomColor: ["A random colour name", (d) => pick(d, W.COLORS)],
  $randomHexColor: ["A random hex colour (e.g. #1a2b3c)", (d) => `#${chars(d, HEX, 6)}`],
  $randomSemver: [
    "A random semantic version (e.g. 1.4.2)",
    (d) => `${int(d, 0, 9)}.${int(d, 0, 9)}.${int(d, 0, 9)}`,
  ],
  $randomWord: ["A random word", (d) => pick(d, [...W.NOUNS, ...W.ADJECTIVES, ...W.LOREM])],
  $randomWords: [
    "A few random words",
    (d) => words(d, [...W.NOUNS, ...W.ADJECTIVES], int(d, 2, 5)),
  ],
  $randomAdjective: ["A random adjective", (d) => pick(d, W.ADJECTIVES)],
  $randomNoun: ["A random noun", (d) => pick(d, W.NOUNS)],
  $randomVerb: ["A random verb", (d) => pick(d, W.VERBS)],
  $randomIngverb: ["A random verb ending in -ing", (d) => pick(d, W.INGVERBS)],
  $randomPhrase: [
    "A random phrase",
    (d) =>
      `If we ${pick(d, W.VERBS)} the ${pick(d, W.NOUNS)}, we can get to the ${pick(d, W.ADJECTIVES)} ${pick(d, W.NOUNS)} through the ${pick(d, W.ADJECTIVES)} ${pick(d, W.NOUNS)}!`,
  ],
});
