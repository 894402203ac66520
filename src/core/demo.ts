/** The "Satchel demo" collection a new workspace starts with, aimed at the in-app echo endpoint. */
import { DEMO_ENVIRONMENT } from "./demoNames";
import type { Deps } from "./factory";
import { emptyBody, makeCollection, makeEnvironment, makeFolder, makeRequest } from "./factory";
import { restoreBundle } from "./import/restore/index";
import type { Bundle, KeyValue, Request, Variable } from "./model";

const kv = (key: string, value: string): KeyValue => ({ key, value, enabled: true });
const variable = (key: string, value: string, type: Variable["type"] = "default"): Variable => ({
  key,
  value,
  type,
  enabled: true,
});

// Re-exported with `from`: rolldown 1.2.19 drops the cross-chunk import of a bare
// `export { X }` of an imported binding when the build has two entries (index.html, embed.html).
/** Name of the demo's environment (made active on the first start). */
export { DEMO_ENVIRONMENT } from "./demoNames";

/**
 * Build the demo for `workspaceId`; `origin` is the app's origin (its `/echo` reflects requests).
 * Like every bundle bound for storage it passes through `restoreBundle`.
 */
export function makeDemoBundle(deps: Deps, workspaceId: string, origin: string): Bundle {
  const r = restoreBundle(demoRows(deps, workspaceId, origin), deps, { workspaceId });
  // The demo is our own data: a failure here is a bug, not something the user can act on.
  if (!r.ok) throw new Error(`The demo does not restore: ${r.error.message}`);
  const { collections, folders, requests, environments } = r.value.bundle;
  return { collections, folders, requests, environments };
}

function demoRows(deps: Deps, workspaceId: string, origin: string): Bundle {
  const baseUrl = `${origin.replace(/\/+$/, "")}/echo`;
  const collection = makeCollection(deps, {
    workspaceId,
    name: "Satchel demo",
    description:
      "Example requests against Satchel's built-in echo endpoint, which sends back what it receives.",
    variables: [variable("baseUrl", baseUrl)],
  });
  const environment = makeEnvironment(deps, {
    workspaceId,
    name: DEMO_ENVIRONMENT,
    variables: [
      variable("baseUrl", baseUrl),
      variable("userName", "ada"),
      variable("apiToken", "demo-token-123", "secret"),
    ],
  });
  const collectionId = collection.id;
  const folder = makeFolder(deps, {
    collectionId,
    name: "Auth examples",
    sort: 5,
    auth: { type: "bearer", attributes: [{ key: "token", value: "{{apiToken}}", type: "string" }] },
  });
  const requests: Request[] = [
    makeRequest(deps, {
      collectionId,
      name: "Get with query params",
      url: "{{baseUrl}}/get?page=1&search=satchel",
      params: [kv("page", "1"), kv("search", "satchel")],
      sort: 1,
      scripts: {
        prerequest: "",
        test: 'pm.test("status is 200", () => pm.response.to.have.status(200));',
      },
    }),
    makeRequest(deps, {
      collectionId,
      name: "Post JSON",
      method: "POST",
      url: "{{baseUrl}}/post",
      sort: 2,
      body: {
        ...emptyBody(),
        mode: "raw",
        language: "json",
        raw: '{\n  "id": "{{$guid}}",\n  "name": "{{userName}}",\n  "createdAt": "{{$isoTimestamp}}"\n}',
      },
    }),
    makeRequest(deps, {
      collectionId,
      name: "Post a form",
      method: "POST",
      url: "{{baseUrl}}/form",
      sort: 3,
      body: {
        ...emptyBody(),
        mode: "urlencoded",
        urlencoded: [kv("name", "{{userName}}"), kv("language", "en")],
      },
    }),
    makeRequest(deps, {
      collectionId,
      name: "Header from environment",
      url: "{{baseUrl}}/headers",
      sort: 4,
      headers: [kv("X-User", "{{userName}}"), kv("Accept", "application/json")],
    }),
    makeRequest(deps, {
      collectionId,
      parentId: folder.id,
      name: "Bearer token (inherited)",
      url: "{{baseUrl}}/bearer",
      sort: 1,
      description: "Uses the folder's bearer auth: this request's auth is set to inherit.",
    }),
  ];
  return { collections: [collection], folders: [folder], requests, environments: [environment] };
}
