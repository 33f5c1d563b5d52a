/**
 * Invariant checks inside the pure cores (mixer, lock manager, verifier), TigerBeetle style: a
 * violated invariant means the core's own state is wrong, and going on would replicate the damage,
 * so it throws at once instead of returning something plausible.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

/** `message` may be a function so that hot paths do not build strings that are never shown. */
export function assert(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new AssertionError(typeof message === 'string' ? message : message());
}
