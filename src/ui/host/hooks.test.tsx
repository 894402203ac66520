// @vitest-environment jsdom
// Each host hook fails at once, naming itself, when a component renders outside <HostProvider>.
import { render } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import * as hooks from "./hooks";

const HOOKS = Object.entries(hooks as Record<string, unknown>).filter(
  (entry): entry is [string, () => unknown] => entry[0].startsWith("use"),
);

describe("host hooks", () => {
  it("there is one per service", () => {
    expect(HOOKS.map(([name]) => name).sort()).toEqual([
      "useCodeResolver",
      "useCollectionDocs",
      "useCollectionExport",
      "useContainerDraft",
      "useCookies",
      "useDeps",
      "useEnvironments",
      "useFiles",
      "useHistory",
      "useImport",
      "useOAuth2Tokens",
      "useRunner",
      "useSend",
      "useTabs",
      "useTheme",
      "useTransports",
      "useTree",
      "useVariables",
    ]);
  });

  for (const [name, hook] of HOOKS) {
    it(`${name}() throws outside the provider`, () => {
      const Probe = () => {
        hook();
        return null;
      };
      expect(() => render(() => <Probe />)).toThrow(
        `${name}() must be called inside <HostProvider>.`,
      );
    });
  }
});
