/** Core returns Results, never throws, for anything a user's input can cause. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** An error a user can be told about: a SCREAMING_SNAKE code plus words. */
export interface AppError {
  code: string;
  message: string;
  /** Where in the input the problem is (a JSON path, a line number), when known. */
  at?: string;
  /** What would fix it, when we know. */
  hint?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });
