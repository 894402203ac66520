// @vitest-environment jsdom
/**
 * Regression (issue 11): "Headers the browser adds" listed `Host {{baseurl}}`. The list now
 * resolves variables as the request will be sent: user variables take their values; secrets
 * and dynamic variables (a fresh value per send) stay as typed.
 */
import { cleanup, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../core/clock";
import { makeRequest } from "../../../core/factory";
import type { VariableInfo, VariableLookup } from "../../../core/variables/lookup";
import { HeadersPanel } from "./HeadersPanel";

afterEach(cleanup);

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
const VARS: Record<string, VariableInfo> = {
  baseurl: { value: "https://{{sub}}.example.test:8443", scope: "environment", secret: false },
  sub: { value: "api", scope: "collection", secret: false },
  hidden: { value: "internal.example.test", scope: "environment", secret: true },
  $randomDomainName: { value: "A random domain name", scope: "dynamic", secret: false },
};
const lookup: VariableLookup = (name) => VARS[name];

function added(url: string): Record<string, string> {
  const request = makeRequest(deps, { collectionId: "c", name: "r", url });
  render(() => (
    <HeadersPanel
      request={request}
      onChange={() => {}}
      lookup={lookup}
      pageOrigin="https://satchel.example"
    />
  ));
  const list = screen.getByRole("list", { name: "Headers the browser adds" });
  const entries = within(list)
    .getAllByRole("listitem")
    .map((li) => [li.children[0]?.textContent ?? "", li.children[1]?.textContent ?? ""]);
  cleanup();
  return Object.fromEntries(entries);
}

describe("Headers the browser adds", () => {
  it("shows the Host of the URL with its variables resolved, nested ones too", () => {
    expect(added("{{baseurl}}/users")).toMatchObject({
      Host: "api.example.test:8443",
      Origin: "https://satchel.example",
      "Sec-Fetch-Mode": "cors",
    });
  });

  it("keeps secrets, dynamic and unknown variables as typed", () => {
    expect(added("https://{{hidden}}/a").Host).toBe("{{hidden}}");
    // Host names are shown lower-cased, as the browser sends them.
    expect(added("https://{{$randomDomainName}}/a").Host).toBe("{{$randomdomainname}}");
    expect(added("{{nowhere}}/a").Host).toBe("{{nowhere}}");
  });
});
