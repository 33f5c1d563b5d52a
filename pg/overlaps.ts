/**
 * `(s1, e1) OVERLAPS (s2, e2)` as PostgreSQL's overlaps_timestamp decides it, NULL ends included:
 * a pair with one NULL end is the point at its other end, and the answer is NULL only where the
 * missing end would decide it (`(d, NULL) OVERLAPS (d - 1, d + 1)` is true). The values are any one
 * ordered type's (dates, timestamps, times as their sortable stored texts).
 */
export function overlaps<T extends string | number>(s1: T | null, e1: T | null, s2: T | null, e2: T | null): boolean | null {
  const [ts1, te1] = pair(s1, e1);
  const [ts2, te2] = pair(s2, e2);
  if (ts1 === null || ts2 === null) return null;
  if (ts1 > ts2) return te2 === null ? null : ts1 < te2 ? true : te1 === null ? null : false;
  if (ts1 < ts2) return te1 === null ? null : ts2 < te1 ? true : te2 === null ? null : false;
  // Equal starts overlap, unless an end is missing: then PostgreSQL does not know.
  return te1 === null || te2 === null ? null : true;
}

/** A pair in order, its start the end given where the start is NULL (and the end then NULL). */
function pair<T extends string | number>(start: T | null, end: T | null): [T | null, T | null] {
  if (start === null) return [end, null];
  if (end === null) return [start, null];
  return start > end ? [end, start] : [start, end];
}
