/**
 * The settings that decide how dates, times, intervals, bytea and floats are read and printed:
 * TimeZone, DateStyle, IntervalStyle, bytea_output and extra_float_digits. Each is a module-level value its type's code reads; they are set
 * together around each request on a replica's thread (SessionContext.settings carries the changed
 * ones, so every replica computes the same) and around translation and output on the front.
 */
import { activeByteaOutput, setByteaOutput } from './bytea.js';
import { activeExtraFloatDigits, setExtraFloatDigits } from './float.js';
import { activeIntervalStyle, setIntervalStyle } from './interval.js';
import { activeDateStyle, activeZoneName, setDateStyle, setTimeZone, withTimeZone } from './timestamp.js';

type StyleSettings = Readonly<Record<string, string | undefined>>;

/** Whether a session's changed settings include one of the styles: where the defaults hold, nothing need be set. */
export function hasSessionStyles(settings: StyleSettings): boolean {
  return settings.timezone !== undefined || settings.datestyle !== undefined || settings.intervalstyle !== undefined || settings.bytea_output !== undefined || settings.extra_float_digits !== undefined;
}

/** Makes a session's settings (only the changed ones need be there) those the code below reads and prints in. */
export function setSessionStyles(settings: StyleSettings): void {
  setTimeZone(settings.timezone);
  setDateStyle(settings.datestyle);
  setIntervalStyle(settings.intervalstyle);
  setByteaOutput(settings.bytea_output);
  setExtraFloatDigits(settings.extra_float_digits);
}

/** `fn` run under a session's settings, those before restored after. */
export function withSessionStyles<T>(settings: StyleSettings, fn: () => T): T {
  const [date, interval, bytea, digits] = [activeDateStyle(), activeIntervalStyle(), activeByteaOutput(), activeExtraFloatDigits()];
  return withTimeZone(settings.timezone, () => {
    setDateStyle(settings.datestyle);
    setIntervalStyle(settings.intervalstyle);
    setByteaOutput(settings.bytea_output);
    setExtraFloatDigits(settings.extra_float_digits);
    try {
      return fn();
    } finally {
      setDateStyle(date);
      setIntervalStyle(interval);
      setByteaOutput(bytea);
      setExtraFloatDigits(String(digits));
    }
  });
}

/** What translations that read or print literals are cached under: the styles in force, '' for the defaults. */
export function sessionStylesKey(): string {
  const [zone, date, interval, bytea, digits] = [activeZoneName(), activeDateStyle(), activeIntervalStyle(), activeByteaOutput(), activeExtraFloatDigits() > 0 ? 1 : activeExtraFloatDigits()];
  return zone === undefined && date === 'ISO, MDY' && interval === 'postgres' && bytea === 'hex' && digits === 1 ? '' : `${zone ?? ''}|${date}|${interval}|${bytea}|${digits}`;
}
