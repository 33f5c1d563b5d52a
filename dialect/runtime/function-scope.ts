import type { PgError } from '../../pg/errors.js';
import type { SessionContext } from '../plan.js';

/** What a result hands back of the set_config() calls its statement made. */
export function settingsOf(scope: FunctionScope): { settings?: Record<string, string>; localSettings?: string[] } {
  return { ...(scope.settings ? { settings: scope.settings } : {}), ...(scope.localSettings ? { localSettings: scope.localSettings } : {}) };
}

/** The request being executed and what its functions did; set by the worker around each request. */
export interface FunctionScope {
  ctx: SessionContext;
  /** Returns true when the running request has been cancelled. */
  cancelled: () => boolean;
  /** set_config() calls to hand back to the session. */
  settings: Record<string, string> | undefined;
  /** The names among `settings` set with is_local: they last until the transaction ends. */
  localSettings?: string[];
  /** Per-request state of the deterministic random generator. */
  rng: number;
  /**
   * Set while a statement of the request's own runs: CREATE TRIGGER's triggers fire then only, not
   * when evsql itself writes rows back (undo, repair, a schema change's conversion).
   */
  firesTriggers?: boolean;
  /** The rows (table and rowid) an upsert's DO UPDATE changed in the running step (translate/upsert-inserted.ts). */
  upserted?: Set<string>;
  /** RAISE NOTICE/WARNING/INFO of a trigger function, for the client before the command's tag. */
  notices?: PgError[];
}
