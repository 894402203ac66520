/** Every write stamps the current schema version and `updatedAt` from the injected clock. */
import { SCHEMA_VERSION } from "../../core/model";
import type { Deps } from "../../core/factory";

/** A copy of `row` marked as written now, at the current schema version. */
export function touched<T extends { updatedAt: number; schemaVersion: number }>(
  row: T,
  deps: Deps,
): T {
  return { ...row, schemaVersion: SCHEMA_VERSION, updatedAt: deps.clock.now() };
}
