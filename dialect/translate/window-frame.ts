/**
 * A window's frame clause in SQLite's (the same as PostgreSQL's) syntax. A RANGE frame with
 * offsets is checked as PostgreSQL's parser checks it (one ORDER BY column, an in_range function
 * for its type and the offset's), and over a date, timestamp or timestamptz it compares the
 * values' microseconds (pg_frame_micros), which SQLite can add a number to: the offset interval,
 * without months (whose length varies), is a fixed count of them; over an interval, their spans.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType } from '../../pg/types/registry.js';
import { parseInterval } from '../../pg/types/interval.js';
import { intervalSortKey } from '../../pg/datetime.js';
import { USEC_PER_DAY, zoneIsUtc } from '../../pg/types/timestamp.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import { isUnknownLiteral } from './types.js';
import { unsupported } from './unsupported.js';
import { locationOf } from './node-location.js';
import { countParam } from './untyped-params.js';

// PostgreSQL's FRAMEOPTION_* bits (nodes/parsenodes.h).
const FRAME = {
  nondefault: 0x1,
  range: 0x2,
  rows: 0x4,
  groups: 0x8,
  between: 0x10,
  startUnboundedPreceding: 0x20,
  endUnboundedFollowing: 0x100,
  startCurrentRow: 0x200,
  endCurrentRow: 0x400,
  startOffsetPreceding: 0x800,
  endOffsetPreceding: 0x1000,
  startOffsetFollowing: 0x2000,
  endOffsetFollowing: 0x4000,
  excludeCurrentRow: 0x8000,
  excludeGroup: 0x10000,
  excludeTies: 0x20000,
};
const START_OFFSET = FRAME.startOffsetPreceding | FRAME.startOffsetFollowing;
const END_OFFSET = FRAME.endOffsetPreceding | FRAME.endOffsetFollowing;

const INTEGERS = new Set<number>([OID.int2, OID.int4, OID.int8]);
const FLOATS = new Set<number>([OID.float4, OID.float8]);
const DATETIMES = new Map<number, number>([
  [OID.date, 0],
  [OID.timestamp, 1],
  [OID.timestamptz, 2],
]);

/** The offset types each ORDER BY type's in_range functions take (pg_amproc), an unknown literal aside. */
function offsetTypes(columnOid: number): Set<number> | null {
  if (INTEGERS.has(columnOid)) return INTEGERS;
  if (columnOid === OID.numeric) return new Set([...INTEGERS, OID.numeric]);
  // in_range(float8, float8): integers and numerics cast to float8 implicitly.
  if (FLOATS.has(columnOid)) return new Set([...INTEGERS, OID.numeric, ...FLOATS]);
  if (DATETIMES.has(columnOid) || columnOid === OID.interval) return new Set([OID.interval]);
  return null;
}

/**
 * `OVER (w …)` with a RANGE frame with offsets: w's PARTITION BY and ORDER BY written out, so that
 * the ORDER BY is the frame's key; otherwise the window as it is.
 */
export function inlineNamedWindow(em: EmitContext, w: Node): Node {
  const o = (w.frameOptions ?? 0) as number;
  const named = w.refname ? em.namedWindow(w.refname) : undefined;
  if (named) checkWindowCopy(w, named);
  if (!named || !(o & FRAME.nondefault && o & FRAME.range && o & (START_OFFSET | END_OFFSET))) return w.orderClause ? { ...w, orderClause: distinctSortItems(w.orderClause) } : w;
  return { ...w, refname: undefined, partitionClause: named.partitionClause, orderClause: distinctSortItems(w.orderClause ?? named.orderClause) };
}

/**
 * A window's ORDER BY without the later items of an expression it already sorts by
 * (targetIsInSortList takes a sort operator's commutator as the same: `x, x DESC` is `x`): `ORDER BY
 * x, x` is one column, as a RANGE offset needs.
 */
function distinctSortItems(items: Node[] | undefined): Node[] | undefined {
  if (!items) return items;
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = JSON.stringify(i.SortBy.node, (k, v) => (k === 'location' ? undefined : v));
    return !seen.has(key) && !!seen.add(key);
  });
}

/** transformWindowDefinitions's refusals of `OVER (w …)`: what the copy may not add to the window it names (42P20 at the OVER). */
function checkWindowCopy(w: Node, named: Node): void {
  const at = w.location >= 0 ? { position: w.location + 1 } : {};
  if (w.partitionClause?.length) throw new PgError(SqlState.windowingError, `cannot override PARTITION BY clause of window "${w.refname}"`, at);
  if (w.orderClause?.length && named.orderClause?.length) throw new PgError(SqlState.windowingError, `cannot override ORDER BY clause of window "${w.refname}"`, at);
  if ((named.frameOptions ?? 0) & FRAME.nondefault) throw new PgError(SqlState.windowingError, `cannot copy window "${w.refname}" because it has a frame clause`, at);
}

/**
 * The frame ('' for the default one); whether it is a RANGE frame with offsets, whose one ORDER BY
 * item SQLite compares as one value (`oneKey`: a numeric sorts by its nearest REAL alone); and,
 * for one over a date/time, the key that item sorts by in place of the value.
 */
export function windowFrame(em: EmitContext, w: Node): { key?: string; frame: string; oneKey: boolean } {
  const o = (w.frameOptions ?? 0) as number;
  if (!(o & FRAME.nondefault)) return { frame: '', oneKey: false };
  const range = o & FRAME.range && o & (START_OFFSET | END_OFFSET) ? rangeOffsets(em, w, o) : null;
  const bound = (unbounded: number, current: number, preceding: number, following: number, offset: Node | undefined, unboundedText: string) => {
    if (o & unbounded) return unboundedText;
    if (o & current) return 'CURRENT ROW';
    const sql = range ? range.offset(offset!) : plainOffset(em, offset, offset === w.startOffset ? 'starting' : 'ending');
    if (o & preceding) return `${sql} PRECEDING`;
    if (o & following) return `${sql} FOLLOWING`;
    return 'CURRENT ROW';
  };
  const mode = o & FRAME.rows ? 'ROWS' : o & FRAME.groups ? 'GROUPS' : 'RANGE';
  // SQLite takes a window without ORDER BY as one group of peers.
  if (mode === 'GROUPS' && !w.orderClause?.length && !(w.refname && em.namedWindow(w.refname)?.orderClause?.length)) {
    throw new PgError(SqlState.windowingError, 'GROUPS mode requires an ORDER BY clause', w.location >= 0 ? { position: w.location + 1 } : {});
  }
  const start = bound(FRAME.startUnboundedPreceding, FRAME.startCurrentRow, FRAME.startOffsetPreceding, FRAME.startOffsetFollowing, w.startOffset, 'UNBOUNDED PRECEDING');
  let sql = mode + ' ';
  if (o & FRAME.between) {
    const end = bound(FRAME.endUnboundedFollowing, FRAME.endCurrentRow, FRAME.endOffsetPreceding, FRAME.endOffsetFollowing, w.endOffset, 'UNBOUNDED FOLLOWING');
    sql += `BETWEEN ${start} AND ${end}`;
  } else {
    sql += start;
  }
  if (o & FRAME.excludeCurrentRow) sql += ' EXCLUDE CURRENT ROW';
  if (o & FRAME.excludeGroup) sql += ' EXCLUDE GROUP';
  if (o & FRAME.excludeTies) sql += ' EXCLUDE TIES';
  return { key: range?.key, frame: sql, oneKey: range !== null };
}

/** A ROWS or GROUPS offset: a count, a constant one checked here as PostgreSQL checks it. */
function plainOffset(em: EmitContext, offset: Node | undefined, which = 'starting'): string {
  if (!offset || (!constantOffset(offset) && !offset.ParamRef)) throw unsupported('a window frame offset that is not a constant');
  countParam(em, offset);
  // A computed count SQLite checks when it runs (executor/sqlite-errors.ts words its refusal).
  const c = constantOffset(offset);
  if (!c || c.cast) return em.expr(offset);
  if (c.value.isnull) throw new PgError(SqlState.nullValueNotAllowed, `frame ${which} offset must not be null`);
  // The count is a bigint: a quoted one read as int8in reads it, a numeric one rounded as int8(numeric) rounds.
  const text = c.value.sval?.sval as string | undefined;
  if (text !== undefined && !/^\s*[+-]?\d+\s*$/.test(text)) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type bigint: "${text}"`, { position: c.value.location + 1 });
  const written = Number(c.value.ival?.ival ?? c.value.fval?.fval ?? text ?? 0);
  const count = Math.sign(written) * Math.round(Math.abs(written));
  if (count < 0) throw new PgError(SqlState.invalidPrecedingOrFollowingSize, `frame ${which} offset must not be negative`);
  return String(count);
}

function negativeSize(): PgError {
  return new PgError(SqlState.invalidPrecedingOrFollowingSize, 'invalid preceding or following size in window function');
}

/** The constant an offset is, with the cast it is written with: `5`, `2.5`, `interval '1 day'`, `'1 day'`. */
function constantOffset(offset: Node): { value: Node; cast?: Node } | null {
  if (offset.A_Const) return { value: offset.A_Const };
  const c = offset.TypeCast;
  if (c?.arg?.A_Const) return { value: c.arg.A_Const, cast: c.typeName };
  return null;
}

/** An error's position at an expression, where it has one. */
function placed(n: Node): { position?: number } {
  const at = locationOf(n);
  return at === undefined ? {} : { position: at + 1 };
}

function rangeOffsets(em: EmitContext, w: Node, o: number): { key?: string; offset(n: Node): string } {
  const order = (w.orderClause ?? []) as Node[];
  if (order.length !== 1) throw new PgError(SqlState.windowingError, 'RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column');
  const item = order[0]!.SortBy.node as Node;
  const column = em.typeOf(item);
  if (!column) throw unsupported('a RANGE frame with an offset over an expression of this type');
  const accepted = offsetTypes(column.oid);
  if (!accepted) {
    if (column.oid === OID.time) throw unsupported(`a RANGE frame with an offset over ${formatType(column.oid, -1)}`);
    // Placed at the first offset, as transformFrameOffset reports it.
    throw new PgError(SqlState.featureNotSupported, `RANGE with offset PRECEDING/FOLLOWING is not supported for column type ${formatType(column.oid, -1)}`, placed(o & START_OFFSET ? w.startOffset : w.endOffset));
  }
  for (const [bits, offset, which] of [
    [START_OFFSET, w.startOffset, 'starting'],
    [END_OFFSET, w.endOffset, 'ending'],
  ] as const) {
    if (!(o & bits)) continue;
    // A NULL offset is refused when the window runs (nodeWindowAgg.c); here it is refused always.
    if (constantOffset(offset)?.value.isnull) throw new PgError(SqlState.nullValueNotAllowed, `frame ${which} offset must not be null`);
    const type = isUnknownLiteral(offset) ? null : em.typeOf(offset);
    if (type && !accepted.has(type.oid)) {
      throw new PgError(SqlState.featureNotSupported, `RANGE with offset PRECEDING/FOLLOWING is not supported for column type ${formatType(column.oid, -1)} and offset type ${formatType(type.oid, -1)}`, { hint: 'Cast the offset value to an appropriate type.', ...placed(offset) });
    }
  }
  const kind = DATETIMES.get(column.oid);
  if (column.oid === OID.interval) return intervalOffsets(em, item);
  if (kind === undefined) {
    return {
      offset(n) {
        const c = constantOffset(n);
        // A number as written: SQLite takes an offset it computes (`2::bigint`) as no number.
        const written = c?.value.ival ? String(c.value.ival.ival ?? 0) : (c?.value.fval?.fval ?? c?.value.sval?.sval);
        const integral = c?.cast !== undefined && INTEGERS.has(em.typeOf(n)?.oid ?? 0);
        if (written === undefined || !/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(written) || (integral && c?.value.sval && written.includes('.'))) return plainOffset(em, n);
        // A cast to an integer type rounds half away from zero, as int4(numeric) does.
        const number = integral ? String(Math.sign(Number(written)) * Math.round(Math.abs(Number(written)))) : written.trim().replace(/^\+/, '');
        if (Number(number) < 0) throw negativeSize();
        return number;
      },
    };
  }
  return {
    key: `pg_frame_micros(${em.expr(item)}, ${kind})`,
    offset(n) {
      const c = constantOffset(n);
      // interval '1' day and its kin keep only some fields of the text: not read here.
      if (c?.value.sval === undefined || (c.cast && c.cast.typmods)) throw unsupported('a RANGE frame offset that is not a constant interval');
      const iv = parseInterval(c.value.sval.sval ?? '');
      if (iv.months !== 0) throw unsupported('a RANGE frame offset in months or years');
      // A day of a timestamptz is a calendar day in the session's zone: 23 or 25 hours across a
      // change of daylight saving time, no fixed count of microseconds.
      if (iv.days !== 0 && column.oid === OID.timestamptz && !zoneIsUtc()) throw unsupported('a RANGE frame offset in days over a timestamptz in a time zone other than UTC');
      const micros = BigInt(iv.days) * BigInt(USEC_PER_DAY) + BigInt(iv.usec);
      if (micros < 0n) throw negativeSize();
      return String(micros);
    },
  };
}

/**
 * A RANGE frame over an interval: its values sort by interval_cmp's span (a month 30 days, a day 24
 * hours), which is additive, so in_range's `value + offset` compared is the span plus the offset's.
 */
function intervalOffsets(em: EmitContext, item: Node): { key: string; offset(n: Node): string } {
  return {
    key: `pg_interval_key(${em.expr(item)})`,
    offset(n) {
      const c = constantOffset(n);
      if (c?.value.sval === undefined || (c.cast && c.cast.typmods)) throw unsupported('a RANGE frame offset that is not a constant interval');
      const span = BigInt(intervalSortKey(c.value.sval.sval ?? ''));
      if (span < 0n) throw negativeSize();
      return String(span);
    },
  };
}
