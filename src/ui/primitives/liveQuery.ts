/** The live-query contract stores are written against (../shared/STYLE.md, point 7). */
import type { Accessor } from "solid-js";

/** A live query primitive (`createLiveQuery` in the app; a plain one-shot in tests). */
export type LiveQuery = <T>(query: () => Promise<T>, initial: T) => Accessor<T>;
