/**
 * Files a reader picked in one panel, kept as blobs in memory and named by id in the request
 * (the core's FileValue), so the transports' FileResolver can find them at send time.
 */
import type { FileValue } from "../../core/tryit/input";
import { fileValue } from "../../core/tryit/input";

/** One panel's picked files. */
export interface FileStore {
  /** Keeps `file` and returns its reference. */
  add(file: File): FileValue;
  /** The blob of a reference (for the transports). */
  resolve(fileId: string): Promise<Blob | undefined>;
}

/** Makes an empty store. */
export function makeFileStore(): FileStore {
  const blobs = new Map<string, Blob>();
  let next = 0;
  return {
    add(file) {
      const fileId = `file-${next++}`;
      blobs.set(fileId, file);
      return fileValue({
        fileId,
        fileName: file.name,
        ...(file.type ? { contentType: file.type } : {}),
      });
    },
    resolve: (fileId) => Promise.resolve(blobs.get(fileId)),
  };
}
