/**
 * An interval's typmod: the field range (`interval day to second`) and the fractional-seconds
 * precision, packed as PostgreSQL's datetime.h packs them. The field bits are datetime.h's.
 */
export const IM_MONTH = 1 << 1;
export const IM_YEAR = 1 << 2;
export const IM_DAY = 1 << 3;
export const IM_HOUR = 1 << 10;
export const IM_MINUTE = 1 << 11;
export const IM_SECOND = 1 << 12;
/** No field range given: every field. */
export const INTERVAL_FULL_RANGE = 0x7fff;
/** No precision given. */
export const INTERVAL_FULL_PRECISION = 0xffff;
