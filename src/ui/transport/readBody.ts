/** Reads a fetch response body as bytes through its stream, reporting progress as chunks arrive. */

/** Called after each chunk: bytes so far, and the Content-Length when the server sent one. */
export type ProgressListener = (received: number, total?: number) => void;

/** All bytes of `response`'s body (no size cap). Rejects if the stream breaks or is aborted. */
export async function readBody(
  response: Response,
  onProgress?: ProgressListener,
): Promise<Uint8Array> {
  const length = Number(response.headers.get("content-length") ?? "");
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress?.(received, total);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
