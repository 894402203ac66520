import { afterEach, expect, it } from "vitest";
import { makeCollection, makeRequest } from "../../core/factory";
import { makeSeededRandom } from "../../core/clock";
import { runItem } from "../../core/pipeline/runItem";
import { makeScopes } from "../../core/variables/scopes";
import { makeNodeTransport } from "./nodeTransport";
import type { NtlmServer } from "./test/ntlmServer";
import { startNtlmServer } from "./test/ntlmServer";

let server: NtlmServer | undefined;
afterEach(async () => server?.close());

it("runItem sends NTLM through the Node transport's handshake", async () => {
  server = await startNtlmServer({ user: "alice", password: "S3cret!", domain: "CORP" });
  const deps = { clock: { now: () => Date.now() }, random: makeSeededRandom(5) };
  const collection = makeCollection(deps, { workspaceId: "w", name: "C" });
  const attrs = { username: "CORP\\alice", password: "S3cret!" };
  const request = makeRequest(deps, {
    collectionId: collection.id,
    name: "R",
    url: `${server.url}/secret`,
    auth: {
      type: "ntlm",
      attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
    },
  });
  const result = await runItem({
    request,
    ancestors: { collection, folders: [] },
    scopes: makeScopes({}),
    deps,
    transport: makeNodeTransport(),
  });
  expect(result.buildError).toBeUndefined();
  expect(result.result?.ok && result.result.response.status).toBe(200);
  expect(server.seen.map((r) => r.kind)).toEqual(["none", 1, 3]);
});
