/** Commerce, company, finance and date dynamic variables. */
import type { Deps } from "../../factory";
import type { DynamicVariable } from "./random";
import { DIGITS, chars, defs, int, pick } from "./random";
import * as W from "./words";

const DAY = 86_400_000;
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** A date `minDays`..`maxDays` days from now (negative: past), as an HTTP-style UTC string. */
const dateFrom = (d: Deps, minDays: number, maxDays: number) =>
  new Date(d.clock.now() + (minDays + d.random.next() * (maxDays - minDays)) * DAY).toUTCString();

export const COMMERCE_VARIABLES: DynamicVariable[] = defs({
  $randomDepartment: ["A random store department (e.g. Books)", (d) => pick(d, W.DEPARTMENTS)],
  $randomProductName: [
    "A random product name (e.g. Handmade Steel Chair)",
    (d) =>
      `${pick(d, W.PRODUCT_ADJECTIVES)} ${pick(d, W.PRODUCT_MATERIALS)} ${pick(d, W.PRODUCTS)}`,
  ],
  $randomProductAdjective: ["A random product adjective", (d) => pick(d, W.PRODUCT_ADJECTIVES)],
  $randomProductMaterial: ["A random product material", (d) => pick(d, W.PRODUCT_MATERIALS)],
  $randomProduct: ["A random product (e.g. Chair)", (d) => pick(d, W.PRODUCTS)],
  $randomCompanyName: [
    "A random company name",
    (d) => `${pick(d, W.LAST_NAMES)} ${pick(d, W.COMPANY_SUFFIXES)}`,
  ],
  $randomCompanySuffix: ["A random company suffix (e.g. LLC)", (d) => pick(d, W.COMPANY_SUFFIXES)],
  $randomCatchPhrase: [
    "A random catchphrase",
    (d) =>
      `${pick(d, W.CATCH_ADJECTIVES)} ${pick(d, W.CATCH_DESCRIPTORS)} ${pick(d, W.CATCH_NOUNS)}`,
  ],
  $randomCatchPhraseAdjective: [
    "A random catchphrase adjective",
    (d) => pick(d, W.CATCH_ADJECTIVES),
  ],
  $randomCatchPhraseDescriptor: [
    "A random catchphrase descriptor",
    (d) => pick(d, W.CATCH_DESCRIPTORS),
  ],
  $randomCatchPhraseNoun: ["A random catchphrase noun", (d) => pick(d, W.CATCH_NOUNS)],
  $randomBs: [
    "A random phrase of business speak",
    (d) => `${pick(d, W.BS_BUZZWORDS)} ${pick(d, W.BS_ADJECTIVES)} ${pick(d, W.BS_NOUNS)}`,
  ],
  $randomBsAdjective: ["A random business-speak adjective", (d) => pick(d, W.BS_ADJECTIVES)],
  $randomBsBuzz: ["A random business-speak buzzword", (d) => pick(d, W.BS_BUZZWORDS)],
  $randomBsNoun: ["A random business-speak noun", (d) => pick(d, W.BS_NOUNS)],
  $randomPrice: [
    "A random price from 0.00 to 1000.00",
    (d) => (int(d, 0, 100_000) / 100).toFixed(2),
  ],
  $randomTransactionType: [
    "A random transaction type (e.g. payment)",
    (d) => pick(d, W.TRANSACTION_TYPES),
  ],
  $randomCurrencyCode: ["A random ISO 4217 currency code", (d) => pick(d, W.CURRENCIES)[0]],
  $randomCurrencyName: ["A random currency name", (d) => pick(d, W.CURRENCIES)[1]],
  $randomCurrencySymbol: ["A random currency symbol", (d) => pick(d, W.CURRENCIES)[2]],
  $randomBankAccount: ["A random 8-digit bank account number", (d) => chars(d, DIGITS, 8)],
  $randomBankAccountName: ["A random bank account name", (d) => pick(d, W.BANK_ACCOUNT_NAMES)],
  $randomBankAccountIban: [
    "A random IBAN-shaped account number",
    (d) =>
      `${pick(d, ["DE", "FR", "GB", "NL", "ES"])}${chars(d, DIGITS, 2)}${chars(d, UPPER, 4)}${chars(d, DIGITS, 14)}`,
  ],
  $randomBankAccountBic: [
    "A random BIC (bank identifier code)",
    (d) => `${chars(d, UPPER, 6)}${chars(d, UPPER + DIGITS, 2)}`,
  ],
  $randomCreditCardMask: ["A random masked credit card number", (d) => chars(d, DIGITS, 4)],
  $randomBitcoin: [
    "A random bitcoin-style address",
    (d) => `${pick(d, ["1", "3"])}${chars(d, BASE58, 33)}`,
  ],
  $randomDatePast: ["A random date in the past year", (d) => dateFrom(d, -365, 0)],
  $randomDateFuture: ["A random date in the next year", (d) => dateFrom(d, 0, 365)],
  $randomDateRecent: ["A random date in the past day", (d) => dateFrom(d, -1, 0)],
  $randomMonth: ["A random month name", (d) => pick(d, W.MONTHS)],
  $randomWeekday: ["A random weekday name", (d) => pick(d, W.WEEKDAYS)],
});
