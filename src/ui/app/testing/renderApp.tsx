/** Renders components inside a `HostProvider` over fake repositories (for component tests). */
import type { JSX } from "solid-js";
import { render } from "@solidjs/testing-library";
import type { Host } from "../../host/createHost";
import { createHost } from "../../host/createHost";
import { HostProvider } from "../../host/hooks";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../testing/fixtures";
import { onceQuery } from "../../testing/onceQuery";

/** Seeds fake repos with the standard fixture and renders `ui(host)` inside the provider. */
export function renderWithApp(ui: (host: Host) => JSX.Element, wrap = true) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  let host!: Host;
  const result = render(() => {
    host = createHost(fake.repos, deps, onceQuery);
    return wrap ? <HostProvider host={host}>{ui(host)}</HostProvider> : ui(host);
  });
  return { ...result, fx, fake, host };
}
