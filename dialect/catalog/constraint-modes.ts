/**
 * Which foreign keys a transaction checks at its end rather than at each statement: each key's
 * declared INITIALLY DEFERRED, as SET CONSTRAINTS changed it in the transaction. The session keeps
 * what SET CONSTRAINTS said in a setting of its own (reverted when the transaction ends, and by
 * ROLLBACK TO, as PostgreSQL keeps it per subtransaction), so every request carries it to the
 * replicas, which decide by it (executor/deferred-keys.ts).
 */

/** The session setting holding the transaction's SET CONSTRAINTS, as modesText writes it. */
export const CONSTRAINT_MODES_SETTING = 'evsql.constraint_modes';

/** SET CONSTRAINTS of named constraints (`schema.name`) or ALL (null): deferred or immediate. */
export interface ConstraintsSet {
  names: string[] | null;
  deferred: boolean;
}

interface Modes {
  /** SET CONSTRAINTS ALL's mode, for every deferrable key not named since. */
  all?: boolean;
  /** Per `schema.name`: deferred (true) or immediate. */
  named: Record<string, boolean>;
}

let parsed: { text: string; modes: Modes } | undefined;

function readModes(text: string | undefined): Modes {
  if (!text) return { named: {} };
  if (parsed?.text === text) return parsed.modes;
  let modes: Modes = { named: {} };
  try {
    const value = JSON.parse(text) as Partial<Modes>;
    // Anyone may SET the setting: what is not SET CONSTRAINTS' own reads as nothing said.
    if (value && typeof value === 'object') modes = { all: typeof value.all === 'boolean' ? value.all : undefined, named: value.named && typeof value.named === 'object' ? value.named : {} };
  } catch {
    // As above.
  }
  parsed = { text, modes };
  return modes;
}

/** The setting after `set`, given the one before: ALL forgets what was said of single constraints. */
export function applyConstraintsSet(text: string | undefined, set: ConstraintsSet): string {
  const modes = readModes(text);
  const next: Modes = set.names === null ? { all: set.deferred, named: {} } : { all: modes.all, named: { ...modes.named } };
  for (const name of set.names ?? []) next.named[name] = set.deferred;
  return JSON.stringify(next);
}

/** A foreign key as the decision needs it: its schema and name, and its declared deferral. */
export interface DeferrableKey {
  schema: string;
  name: string;
  deferrable: boolean;
  deferred: boolean;
}

/** Whether `key` is checked at the transaction's end under the setting `text`: a key not DEFERRABLE never is. */
export function isDeferred(text: string | undefined, key: DeferrableKey): boolean {
  if (!key.deferrable) return false;
  const modes = readModes(text);
  return modes.named[`${key.schema}.${key.name}`] ?? modes.all ?? key.deferred;
}
