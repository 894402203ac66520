/**
 * Our side: a pasted command imported with importCurl, built with core's buildHttpRequest (no
 * variables, a collection without auth) and sent with the Node transport, files read from the
 * fixture's directory — what the app does with a paste, minus the UI. Auth that needs a signer
 * goes through `authorize`, and a 401 challenge (Digest) is answered by `sendWithAuth`, as the
 * pipeline does. `-k`, `-L` and `--max-time` reach the transport as `satchel run` passes them.
 */
import { authorize } from "../../src/core/auth/index";
import { makeCollection } from "../../src/core/factory";
import { buildHttpRequest } from "../../src/core/http/buildRequest";
import type { ImportedCurl } from "../../src/core/import/curl/index";
import { importCurl } from "../../src/core/import/curl/index";
import { makeScopes } from "../../src/core/variables/scopes";
import { nodeDeps } from "../../src/node/cli/deps";
import { makeNodeTransport } from "../../src/node/http/nodeTransport";
import { sendWithAuth } from "../../src/core/pipeline/sendWithAuth";

/** The import and what the send reported. */
export interface SatchelRun extends ImportedCurl {
  /** Why the request was not built or sent, when it was not. */
  error?: string;
  /** Transport warnings (e.g. a file that could not be read). */
  sendWarnings: string[];
}

/** Import `paste` and send it to wherever its URL points. */
export async function runSatchel(paste: string, dir: string): Promise<SatchelRun> {
  const imported = importCurl(paste, nodeDeps, "conformance");
  if (!imported.ok) throw new Error(`import failed: ${imported.error.message}`);
  const { request } = imported.value;
  const collection = makeCollection(nodeDeps, { workspaceId: "w", name: "curl" });
  const built = buildHttpRequest(request, { collection, folders: [] }, makeScopes(), nodeDeps);
  if (!built.ok) return { ...imported.value, error: built.error.message, sendWarnings: [] };
  const curl = request.extra?.curl as { insecure?: boolean } | undefined;
  const transport = makeNodeTransport({ files: { workingDir: dir }, insecure: curl?.insecure });
  const ctx = { deps: nodeDeps, transport };
  const unsigned = built.value.http;
  const signed = await authorize(unsigned, built.value.auth, ctx);
  if (!signed.ok) return { ...imported.value, error: signed.error.message, sendWarnings: [] };
  const options = {
    followRedirects: request.settings.followRedirects,
    timeoutMs: request.settings.timeoutMs,
  };
  const { result } = await sendWithAuth(
    { http: signed.value.http, unsigned, auth: built.value.auth, ctx },
    (http) => transport.send(http, options),
  );
  if (!result.ok) return { ...imported.value, error: result.error.message, sendWarnings: [] };
  return { ...imported.value, sendWarnings: (result.warnings ?? []).map((w) => w.message) };
}
