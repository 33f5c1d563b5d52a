/** Flag parsing for the bench subcommands: node's parseArgs plus checked numbers and lists. */
import { parseArgs } from 'node:util';

export type Flags = Record<string, { type: 'string' | 'boolean' }>;

export class UsageError extends Error {}

export class Args {
  private readonly values: Record<string, string | boolean | undefined>;

  constructor(argv: string[], flags: Flags) {
    try {
      this.values = parseArgs({ args: argv, options: { ...flags, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }

  get help(): boolean {
    return this.values.help === true;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string, fallback: string): string;
  string(name: string): string | undefined;
  string(name: string, fallback?: string): string | undefined {
    const v = this.values[name];
    return typeof v === 'string' ? v : fallback;
  }

  number(name: string, fallback: number, min = 0): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got "${raw}"`);
    return n;
  }

  int(name: string, fallback: number, min = 0): number {
    const n = this.number(name, fallback, min);
    if (!Number.isInteger(n)) throw new UsageError(`--${name} must be an integer, got "${n}"`);
    return n;
  }

  /** A comma-separated list of positive integers, e.g. --clients 1,4,8. */
  ints(name: string, fallback: number[]): number[] {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const list = raw.split(',').map((x) => Number(x.trim()));
    if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--${name} must be a list of positive integers like 1,4,8, got "${raw}"`);
    return list;
  }

  oneOf<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const v = this.string(name, fallback);
    if (!choices.includes(v as T)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${v}"`);
    return v as T;
  }
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
