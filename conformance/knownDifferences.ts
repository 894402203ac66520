/**
 * Differences from Newman 6.2.2 that are intended, each with its reason (the README lists them).
 * A difference either normalises both observations before they are compared, or names requests
 * that use what only the newer Postman sandbox has: for those the spec checks that Newman fails
 * them and that we pass them.
 */
import type { Observation } from "./types";

/** One intended difference. */
export interface KnownDifference {
  id: string;
  reason: string;
  /** Rewrites an observation (either side) so the difference does not count. */
  normalise?: (observation: Observation) => Observation;
  /** `set/fixture/request` names that only the newer sandbox (Postman app, sandbox 6.x) can run. */
  newerSandboxOnly?: string[];
}

const DEPRECATION = /^Using ".+" is deprecated\./;
/** Variables that fixtures/environment.json and globals.json mark `enabled: false`. */
const DISABLED_IN_FIXTURES = ["disabledEnv"];

/** An observation with some final environment keys left out. */
const withoutEnvironmentKeys = (o: Observation, keys: string[]): Observation => ({
  ...o,
  environment: Object.fromEntries(Object.entries(o.environment).filter(([k]) => !keys.includes(k))),
});

/** The list the lead copies to the README. */
export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: "legacy-deprecation-warnings",
    reason:
      'Newman\'s sandbox 4.7.1 prints a console warning ("Using "tests" is deprecated…") each ' +
      "time a legacy API global is used. Satchel runs legacy scripts the same way but keeps the " +
      "console for the user's own output.",
    normalise: (o) => ({
      ...o,
      executions: o.executions.map((r) => ({
        ...r,
        console: r.console.filter((c) => !(c.level === "warn" && DEPRECATION.test(c.text))),
      })),
    }),
  },
  {
    id: "disabled-variables-in-environment-files",
    reason:
      "Newman 6.2.2 ignores `enabled: false` in environment and globals files (it only honours " +
      "`disabled: true`), so a disabled variable is used in the run. Satchel, like the Postman " +
      "app, leaves disabled variables out. No fixture script reads one; only the final " +
      "environment differs, by those keys.",
    normalise: (o) => withoutEnvironmentKeys(o, DISABLED_IN_FIXTURES),
  },
  {
    id: "async-tests-awaited",
    reason:
      "Newman's sandbox does not await a pm.test function that returns a promise: it reports " +
      "the test passed at once (and a later rejection crashes the process). Satchel awaits it " +
      "and reports its real outcome when it settles, as the Postman app does. Fixtures only " +
      "use async tests that pass and settle before the next assertion, so the order matches.",
  },
  {
    id: "cookie-jar-callback-order",
    reason:
      "Newman's pm.cookies.jar() reaches the run's jar in round trips, and set() takes two " +
      "(find, then put) where get() takes one, so a get() called after a set() can answer " +
      "first and miss the new cookie. Satchel answers jar calls in the order they were made. " +
      "Fixtures chain jar calls through their callbacks, where both agree.",
  },
  {
    id: "public-suffix-cookie-domains",
    reason:
      "Newman's jars accept a Domain attribute that is a public suffix (Domain=com, " +
      "Domain=github.io) from a response or a script. Satchel refuses it (RFC 6265 §5.3, " +
      "tough-cookie's default), so no cookie reaches every site under a suffix.",
  },
  {
    id: "prototypes-isolated-per-script",
    reason:
      "Newman runs every script of a run in one shared context, so a script that changes " +
      "Object.prototype (or chai, or lodash) changes them for every later script. Satchel starts " +
      "each script from a fresh image: a shared collection's script cannot reach into the next " +
      "request's (src/workers/sandbox/hostile.test.ts). No fixture relies on the leak.",
  },
  {
    id: "empty-response-class-name",
    reason:
      "After a request that got no response, chai prints the empty pm.response as " +
      "`Response{…}` in Satchel and `PostmanResponse{…}` in Newman, in assertion messages that " +
      "print the response object. No fixture asserts on a response that never came.",
  },
  {
    id: "newer-sandbox-features",
    reason:
      "Newman 6.2.2 bundles postman-sandbox 4.7.1, which rejects top-level await and has no " +
      "Promise-returning pm.sendRequest. The Postman app (sandbox 6.x) has both, and so does " +
      "Satchel: these scripts fail in Newman with a SyntaxError and pass in Satchel.",
    newerSandboxOnly: [
      "scripts/newer-sandbox/Top-level await",
      "scripts/newer-sandbox/sendRequest promise",
    ],
  },
];

/** Requests compared against "Newman fails, we pass" instead of equality. */
export const NEWER_SANDBOX_ONLY: ReadonlySet<string> = new Set(
  KNOWN_DIFFERENCES.flatMap((d) => d.newerSandboxOnly ?? []),
);

/**
 * Both sides in one comparable form: every known difference's normaliser applied. Nothing else is
 * relaxed (a skipped assertion's outcome is compared too: both report it passed).
 */
export function normalise(observation: Observation): Observation {
  let o = observation;
  for (const d of KNOWN_DIFFERENCES) if (d.normalise) o = d.normalise(o);
  return o;
}
