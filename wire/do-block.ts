/**
 * Runs a DO block's program (dialect/translate/block-program.ts): each statement it asks for goes
 * through the connection as a statement of its own would — translated against the schema as it
 * is now, its locks taken, run on every replica in the same order — and its answer goes back to
 * the program as text. The connection makes the block atomic around this: a savepoint-less run
 * inside the transaction block (whose failure fails the block, as any statement's does) or an
 * implicit transaction of its own in autocommit, rolled back on error.
 */
import type { PgError } from '../pg/errors.js';
import { asPgError } from './as-pg-error.js';
import { type BlockAnswer, type DoBlock, blockSteps } from '../dialect/translate/block-program.js';

export interface BlockHost {
  /** One statement of the block: its rows as text. */
  run(sql: string): Promise<BlockAnswer>;
  notice(notice: PgError): void;
  savepoint(action: 'savepoint' | 'release' | 'rollback_to', name: string): Promise<void>;
  /** Throws when the client cancelled the statement or went away. */
  checkCancel(): void;
}

/** How many loop turns run between two looks at the event loop (other clients, a cancel). */
const TURNS_PER_YIELD = 256;

/** Runs the block; a routine's answers its row (DoBlock.answers). */
export async function runBlock(block: DoBlock, host: BlockHost): Promise<BlockAnswer | undefined> {
  const steps = blockSteps(block);
  // The block's savepoints, innermost last; a client's SAVEPOINT cannot be named so (a NUL).
  const savepoints: string[] = [];
  let turns = 0;
  let next = steps.next();
  while (!next.done) {
    const request = next.value;
    let answer: BlockAnswer = { rows: [], fields: [], changes: 0 };
    try {
      switch (request.kind) {
        case 'run':
          answer = await host.run(request.sql);
          break;
        case 'notice':
          host.notice(request.notice);
          break;
        case 'savepoint':
          savepoints.push(`\0do ${savepoints.length}`);
          await host.savepoint('savepoint', savepoints.at(-1)!);
          break;
        case 'rollback':
          await host.savepoint('rollback_to', savepoints.at(-1)!);
          await host.savepoint('release', savepoints.pop()!);
          break;
        case 'release':
          await host.savepoint('release', savepoints.pop()!);
          break;
        case 'tick':
          if (++turns % TURNS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
          host.checkCancel();
          break;
      }
    } catch (err) {
      next = steps.throw(asPgError(err));
      continue;
    }
    next = steps.next(answer);
  }
  return next.value;
}
