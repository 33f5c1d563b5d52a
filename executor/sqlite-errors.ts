/**
 * SQLite's errors in PostgreSQL's terms: the SQLSTATE clients branch on and a message worded
 * like PostgreSQL's. Unknown errors keep SQLite's text under XX000 rather than a wrong code.
 */
import { engineLimitError, PgError, SqlState } from '../pg/errors.js';
import { SESSION_TEMP_PREFIXES } from '../dialect/catalog/definitions.js';

interface SqliteErrorLike {
  code?: string;
  message: string;
}

const RULES: Array<[RegExp, (m: RegExpMatchArray, code: string | undefined) => PgError]> = [
  // A table of a schema other than public is `schema.table` in SQLite (dialect/catalog/namespaces.ts).
  [/^UNIQUE constraint failed: ((?:\w+\.)?\w+)\.(\w+)((?:, (?:\w+\.)?\w+\.\w+)*)/, (m, code) => {
    const cols = [m[2]!, ...(m[3] ? m[3].split(', ').filter(Boolean).map((c) => c.slice(c.lastIndexOf('.') + 1)) : [])];
    // PostgreSQL's default names: <table>_pkey for the primary key, <table>_<columns>_key for UNIQUE.
    const name = m[1]!.slice(m[1]!.lastIndexOf('.') + 1);
    const constraint = code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ? `${name}_pkey` : `${name}_${cols.join('_')}_key`;
    return new PgError(SqlState.uniqueViolation, `duplicate key value violates unique constraint "${constraint}"`, { table: m[1], constraint, detail: `Key (${cols.join(', ')}) already exists.` });
  }],
  // An index of a schema other than public is `schema.index` in SQLite, as its table is.
  [/^UNIQUE constraint failed: index '(?:\w+\.)?(.+)'/, (m) => new PgError(SqlState.uniqueViolation, `duplicate key value violates unique constraint "${m[1]}"`, { constraint: m[1] })],
  [/^NOT NULL constraint failed: ((?:\w+\.)?\w+)\.(\w+)/, (m) =>
    new PgError(SqlState.notNullViolation, `null value in column "${m[2]}" of relation "${m[1]!.slice(m[1]!.lastIndexOf('.') + 1)}" violates not-null constraint`, { table: m[1], column: m[2] })],
  [/^FOREIGN KEY constraint failed/, () => new PgError(SqlState.foreignKeyViolation, 'insert or update on table violates foreign key constraint')],
  // A domain's NOT NULL or CHECK on a column of the domain (dialect/catalog/domains.ts), as domain_check words it.
  [/^CHECK constraint failed: evsql-domain:(\[.*\])$/, (m) => domainViolation(JSON.parse(m[1]!) as [string, string | null])],
  [/^CHECK constraint failed: (.*)/, (m) => new PgError(SqlState.checkViolation, `new row violates check constraint "${m[1]}"`, { constraint: m[1] })],
  [/^no such table: (?:main\.)?(.+)/, (m) => new PgError(SqlState.undefinedTable, `relation "${m[1]}" does not exist`)],
  // Views evsql writes through are none: PostgreSQL's own refusal of views that are not
  // automatically updatable (joins, GROUP BY), the views reports define.
  [/^cannot modify (.+) because it is a view/, (m) => new PgError(SqlState.objectNotInPrerequisiteState, `cannot change view "${m[1]}"`)],
  [/^no such view: (?:main\.)?(.+)/, (m) => new PgError(SqlState.undefinedTable, `view "${m[1]}" does not exist`)],
  [/^no such index: (.+)/, (m) => new PgError(SqlState.undefinedObject, `index "${m[1]}" does not exist`)],
  // SQLite 3.4x appends a hint about double-quoted strings after the name.
  [/^no such column: "?(.+?)"?(?: - should this be a string literal in single-quotes\?)?$/, (m) => new PgError(SqlState.undefinedColumn, `column ${quoteColumn(m[1]!)} does not exist`)],
  [/^(?:table|view) "?((?:\w+\.)?\w+)"? already exists/, (m) => new PgError(SqlState.duplicateTable, `relation "${m[1]!.slice(m[1]!.lastIndexOf('.') + 1)}" already exists`)],
  [/^index "?((?:\w+\.)?\w+)"? already exists/, (m) => new PgError(SqlState.duplicateTable, `relation "${m[1]!.slice(m[1]!.lastIndexOf('.') + 1)}" already exists`)],
  [/^duplicate column name: (.+)/, (m) => new PgError(SqlState.duplicateColumn, `column "${m[1]}" specified more than once`)],
  [/^ambiguous column name: (.+)/, (m) => new PgError(SqlState.ambiguousColumn, `column reference "${m[1]}" is ambiguous`)],
  [/^no such function: (.+)/, (m) => new PgError(SqlState.undefinedFunction, `function ${m[1]}() does not exist`)],
  [/^wrong number of arguments to function/, (m) => new PgError(SqlState.undefinedFunction, m.input!)],
  // An aggregate in WHERE, or inside another aggregate: PostgreSQL's parse-time grouping errors.
  // HAVING without GROUP BY and no aggregate in the select list is rewritten (rewrite.ts havingAloneQuery); what escapes it is refused.
  [/^HAVING clause on a non-aggregate query/, () => new PgError(SqlState.featureNotSupported, 'this HAVING without GROUP BY is not supported by evsql')],
  [/^(?:misuse of aggregate|aggregate functions are not allowed in the GROUP BY clause)/, () => new PgError(SqlState.groupingError, 'aggregate functions are not allowed here')],
  // An aggregate evsql computes with a function of its own around SQLite's (jsonb_agg's text) has no window form.
  [/^\w+\(\) may not be used as a window function/, () => new PgError(SqlState.featureNotSupported, 'this aggregate as a window function is not supported by evsql')],
  [/^misuse of window function/, () => new PgError(SqlState.windowingError, 'window functions are not allowed here')],
  [/^\d+\w\w ORDER BY term out of range/, () => new PgError(SqlState.invalidColumnReference, 'ORDER BY position is not in select list')],
  [/^SELECTs to the left and right of (\w+)/, (m) => new PgError(SqlState.syntaxError, `each ${m[1]} query must have the same number of columns`)],
  [/^ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint/, () =>
    new PgError(SqlState.invalidColumnReference, 'there is no unique or exclusion constraint matching the ON CONFLICT specification')],
  // SQLite refuses the column even on an empty table, where PostgreSQL adds it.
  [/^Cannot add a NOT NULL column with default value NULL/, () => new PgError(SqlState.notNullViolation, 'column contains null values')],
  // A frame's count computed when the query runs (a constant one is checked in dialect/translate/window-frame.ts).
  [/^frame (starting|ending) offset must be a non-negative integer/, (m) => new PgError(SqlState.invalidPrecedingOrFollowingSize, `frame ${m[1]} offset must not be negative`)],
  [/^argument of ntile must be a positive integer/, () => new PgError('22014', 'argument of ntile must be greater than zero')],
  [/^second argument to nth_value must be a positive integer/, () => new PgError('22016', 'argument of nth_value must be greater than zero')],
  [/^json_object\(\) requires an even number of arguments/, () => new PgError(SqlState.invalidParameterValue, 'argument list must have even number of elements')],
  [/^no such savepoint: (.+)/, (m) => new PgError('3B001', `savepoint "${m[1]}" does not exist`)],
  [/^(?:near|incomplete input)/, (m) => new PgError(SqlState.syntaxError, `syntax error: ${m.input}`)],
  [/^datatype mismatch/, () => new PgError(SqlState.datatypeMismatch, 'datatype mismatch')],
  [/^integer overflow/, () => new PgError(SqlState.numericValueOutOfRange, 'integer out of range')],
  [/^(?:too many terms|Expression tree is too large|string or blob too big)/, (m) => new PgError(SqlState.programLimitExceeded, m.input!)],
  [/^cannot override (ORDER BY|PARTITION BY) clause of window: "?([^"]+)"?/, (m) => new PgError(SqlState.windowingError, `cannot override ${m[1]} clause of window "${m[2]}"`)],
  [/^cannot override frame specification of window: "?([^"]+)"?/, (m) => new PgError(SqlState.windowingError, `cannot copy window "${m[1]}" because it has a frame clause`)],
  [/^circular reference: (.+)/, (m) => new PgError('42P19', `recursive reference to query "${m[1]}" must not appear within its non-recursive term`)],
  [/^ESCAPE expression must be a single character/, () => new PgError(SqlState.invalidEscapeSequence, 'invalid escape string', { hint: 'Escape string must be empty or one character.' })],
  [/^json_object\(\) labels must be TEXT/, () => new PgError(SqlState.invalidParameterValue, 'key must not be null')],
  // PostgreSQL makes such a query an aggregate query of one group; SQLite refuses it.
  [/^row value misused/, () => new PgError(SqlState.featureNotSupported, 'a row value in this position is not supported by evsql')],
  // A function PostgreSQL marks stable or volatile (now(), to_tsvector(text)) is non-deterministic in SQLite too.
  [/^non-deterministic functions prohibited in index expressions/, () => new PgError('42P17', 'functions in index expression must be marked IMMUTABLE')],
  [/^non-deterministic functions prohibited in generated columns/, () => new PgError('42P17', 'generation expression is not immutable')],
  [/^interrupted/, () => new PgError(SqlState.queryCanceled, 'canceling statement due to user request')],
];

function quoteColumn(ref: string): string {
  return ref.split('.').map((p) => `"${p}"`).join('.').replace(/^"(\w+)"\."(\w+)"$/, '$1.$2');
}

export function toPgError(err: unknown): PgError {
  if (err instanceof PgError) return err;
  const limit = engineLimitError(err);
  if (limit) return limit;
  const e = err as SqliteErrorLike;
  // A session's temporary table is known to it by its own name, not by the one it is stored under.
  const message = (e?.message ?? String(err)).replace(SESSION_TEMP_PREFIXES, '');
  for (const [re, make] of RULES) {
    const m = message.match(re);
    if (m) return make(m, e?.code);
  }
  if (e?.code === 'SQLITE_BUSY' || e?.code === 'SQLITE_LOCKED') return new PgError(SqlState.serializationFailure, 'could not serialize access due to concurrent update');
  // SHMSIZE: the WAL's index file (-shm) could not grow, which on a full disk comes before the WAL does.
  if (e?.code === 'SQLITE_FULL' || e?.code === 'ENOSPC' || e?.code === 'SQLITE_IOERR_SHMSIZE') return diskFull();
  if (e?.code?.startsWith('SQLITE_IOERR')) return new PgError(SqlState.ioError, message);
  return new PgError(SqlState.internalError, message);
}

/** PostgreSQL's words when a file cannot grow (mdextend). */
function diskFull(): PgError {
  return new PgError(SqlState.diskFull, 'could not extend file: No space left on device', { hint: 'Check free disk space.' });
}

function domainViolation([domain, constraint]: [string, string | null]): PgError {
  if (constraint === null) return new PgError(SqlState.notNullViolation, `domain ${domain} does not allow null values`, { schema: 'public', dataType: domain });
  return new PgError(SqlState.checkViolation, `value for domain ${domain} violates check constraint "${constraint}"`, { schema: 'public', dataType: domain, constraint });
}
