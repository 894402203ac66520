import { afterEach, expect, it } from "vitest";
import { runItem } from "../../core/pipeline/runItem";
import { makeNodeTransport } from "./nodeTransport";
import type { NtlmServer } from "./test/ntlmServer";
import { ntlmItem, startNtlmServer } from "./test/ntlmServer";

let server: NtlmServer | undefined;
afterEach(async () => server?.close());

it("runItem sends NTLM through the Node transport's handshake", async () => {
  server = await startNtlmServer({ user: "alice", password: "S3cret!", domain: "CORP" });
  const result = await runItem({
    ...ntlmItem(`${server.url}/secret`, "CORP\\alice", "S3cret!"),
    transport: makeNodeTransport(),
  });
  expect(result.buildError).toBeUndefined();
  expect(result.result?.ok && result.result.response.status).toBe(200);
  expect(server.seen.map((r) => r.kind)).toEqual(["none", 1, 3]);
});
