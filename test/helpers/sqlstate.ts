import { PgError } from '../../pg/errors.js';

/** The SQLSTATE `f` throws, 'not a PgError' for any other throw, undefined when it returns. */
export function sqlstate(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return err instanceof PgError ? err.code : 'not a PgError';
  }
  return undefined;
}
