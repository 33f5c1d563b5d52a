/**
 * The wall clock in milliseconds since the epoch, to the microsecond, as PostgreSQL's gettimeofday-based
 * now() has it: Date.now() counts whole milliseconds only. The monotonic clock gives the
 * fraction; its offset from the wall clock is taken again whenever the two part by more than a
 * millisecond (the wall clock was set), so the reading follows the wall clock.
 */
let offset = Date.now() - performance.now();

export function clockMillis(): number {
  const wall = Date.now();
  let t = offset + performance.now();
  if (t < wall - 1 || t > wall + 2) {
    offset = wall - performance.now();
    t = wall;
  }
  return Math.round(t * 1000) / 1000;
}
