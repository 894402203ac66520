/** Renders components inside an `AppProvider` over fake repositories (for component tests). */
import type { JSX } from "solid-js";
import { render } from "@solidjs/testing-library";
import type { AppServices } from "../AppContext";
import { AppProvider, createAppServices } from "../AppContext";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../testing/fixtures";
import { onceQuery } from "../../testing/onceQuery";

/** Seeds fake repos with the standard fixture and renders `ui(services)` inside the provider. */
export function renderWithApp(ui: (services: AppServices) => JSX.Element, wrap = true) {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  const fake = makeFakeRepos(deps, fx.seed);
  let services!: AppServices;
  const result = render(() => {
    services = createAppServices(fake.repos, deps, onceQuery);
    return wrap ? <AppProvider services={services}>{ui(services)}</AppProvider> : ui(services);
  });
  return { ...result, fx, fake, services };
}
