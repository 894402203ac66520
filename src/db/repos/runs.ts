/**
 * Collection runs (the runner view's "Previous runs"): newest first per collection, capped at
 * {@link RUNS_CAP} runs overall; each keeps at most {@link RUN_ROWS_CAP} executions and no bodies.
 */
import type { Repos } from "./types";
import { RUN_ROWS_CAP, RUNS_CAP } from "./types";
import type { RepoContext } from "./context";

/** The runs repository. */
export function makeRunsRepo(ctx: RepoContext): Repos["runs"] {
  const { db } = ctx;
  return {
    add: (run) =>
      ctx.write(() =>
        db.transaction("rw", db.runs, async () => {
          const executions =
            run.executions.length > RUN_ROWS_CAP
              ? run.executions.slice(0, RUN_ROWS_CAP)
              : run.executions;
          await db.runs.put({ ...run, executions });
          const excess = (await db.runs.count()) - RUNS_CAP;
          if (excess > 0) {
            const oldest = await db.runs.orderBy("startedAt").limit(excess).primaryKeys();
            await db.runs.bulkDelete(oldest);
          }
        }),
      ),
    list: (collectionId) =>
      ctx.read(async () => {
        const runs = await db.runs.where("collectionId").equals(collectionId).toArray();
        return runs.sort((a, b) => b.startedAt - a.startedAt);
      }),
    get: (id) => ctx.read(() => db.runs.get(id)),
    remove: (id) => ctx.write(() => db.runs.delete(id)),
  };
}
