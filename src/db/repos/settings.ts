/** Key/value settings and stored file blobs. */
import type { Repos } from "./types";
import type { RepoContext } from "./context";

/** Settings: any structured-cloneable value per key. */
export function makeSettingsRepo(ctx: RepoContext): Repos["settings"] {
  const { db, deps } = ctx;
  return {
    get: <T>(key: string, fallback: T) =>
      ctx.read(async () => {
        const row = await db.settings.get(key);
        return row ? (row.value as T) : fallback;
      }),
    set: (key, value) =>
      ctx.write(
        async () => void (await db.settings.put({ key, value, updatedAt: deps.clock.now() })),
      ),
  };
}

/** Files (multipart file fields, binary bodies): each blob gets a new id. */
export function makeFilesRepo(ctx: RepoContext): Repos["files"] {
  const { db, deps } = ctx;
  return {
    put: (file) =>
      ctx.write(async () => {
        const id = deps.random.uuid();
        await db.files.add({ id, ...file, createdAt: deps.clock.now() });
        return id;
      }),
    get: (id) => ctx.read(() => db.files.get(id)),
  };
}
