/** Names, jobs, phone numbers and places. */
import type { Deps } from "../../factory";
import type { DynamicVariable } from "./random";
import { DIGITS, chars, defs, int, pick } from "./random";
import * as W from "./words";

const phone = (d: Deps) => `${int(d, 200, 999)}-${chars(d, DIGITS, 3)}-${chars(d, DIGITS, 4)}`;
const coordinate = (d: Deps, max: number) => ((d.random.next() * 2 - 1) * max).toFixed(4);

export const PEOPLE_VARIABLES: DynamicVariable[] = defs({
  $randomFirstName: ["A random first name", (d) => pick(d, W.FIRST_NAMES)],
  $randomLastName: ["A random last name", (d) => pick(d, W.LAST_NAMES)],
  $randomFullName: [
    "A random first and last name",
    (d) => `${pick(d, W.FIRST_NAMES)} ${pick(d, W.LAST_NAMES)}`,
  ],
  $randomNamePrefix: ["A random name prefix (e.g. Dr.)", (d) => pick(d, W.NAME_PREFIXES)],
  $randomNameSuffix: ["A random name suffix (e.g. Jr.)", (d) => pick(d, W.NAME_SUFFIXES)],
  $randomJobTitle: [
    "A random job title",
    (d) => `${pick(d, W.JOB_DESCRIPTORS)} ${pick(d, W.JOB_AREAS)} ${pick(d, W.JOB_TYPES)}`,
  ],
  $randomJobDescriptor: [
    "A random job descriptor (e.g. Senior)",
    (d) => pick(d, W.JOB_DESCRIPTORS),
  ],
  $randomJobArea: ["A random job area (e.g. Branding)", (d) => pick(d, W.JOB_AREAS)],
  $randomJobType: ["A random job type (e.g. Manager)", (d) => pick(d, W.JOB_TYPES)],
  $randomPhoneNumber: ["A random 10-digit phone number", phone],
  $randomPhoneNumberExt: [
    "A random phone number with an extension",
    (d) => `${int(d, 1, 99)}-${phone(d)}`,
  ],
  $randomCity: ["A random city name", (d) => pick(d, W.CITIES)],
  $randomStreetName: ["A random street name", (d) => pick(d, W.STREET_NAMES)],
  $randomStreetAddress: [
    "A random street address",
    (d) => `${int(d, 1, 9999)} ${pick(d, W.STREET_NAMES)}`,
  ],
  $randomCountry: ["A random country", (d) => pick(d, W.COUNTRIES)[0]],
  $randomCountryCode: ["A random ISO 3166-1 alpha-2 country code", (d) => pick(d, W.COUNTRIES)[1]],
  $randomLatitude: ["A random latitude", (d) => coordinate(d, 90)],
  $randomLongitude: ["A random longitude", (d) => coordinate(d, 180)],
});
