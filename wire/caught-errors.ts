/**
 * A statement inside a PL/pgSQL exception handler (dialect/translate/plpgsql.ts): an error the
 * handler catches is answered as the handler would, and the transaction goes on. The failed
 * statement left nothing behind: the replicas ran it in a savepoint of its own.
 */
import { catches } from '../dialect/translate/plpgsql.js';
import type { Translation } from '../dialect/translate/translate.js';
import type { ExecResult } from '../executor/messages.js';

/** `run`'s result, or for a caught error nothing, or the one row of NULLs that ends in the error's detail. */
export async function runCaught(t: Translation, run: () => Promise<ExecResult>, describe: () => Promise<ExecResult>): Promise<ExecResult> {
  if (!t.caught) return run();
  try {
    return await run();
  } catch (err) {
    if (!catches(t.caught, err)) throw err;
    if (!t.caught.detail) return { columns: null, rows: [], changes: 0 };
    const { columns } = await describe();
    const width = columns?.length ?? t.columns?.length ?? 1;
    return { columns, rows: [[...new Array<null>(width - 1).fill(null), err.fields.detail ?? null]], changes: 1 };
  }
}
