/**
 * Alternating rounds: every case runs on every system in turn (A B A B …), so drift in the machine
 * (other load, caches, a growing database) touches all systems alike; the figure of a case is the
 * median over rounds.
 */
import { fmt, median } from './stats.js';
import type { System } from './servers.js';

export interface Case {
  workload: string;
  clients: number;
  /** What the figure counts, e.g. 'tx/s'. */
  unit: string;
  run(system: System, progress: (line: string) => void): Promise<{ value: number; detail?: unknown }>;
}

export interface Trial {
  system: string;
  workload: string;
  clients: number;
  round: number;
  unit: string;
  value: number;
  detail?: unknown;
}

export interface Median {
  workload: string;
  clients: number;
  unit: string;
  system: string;
  median: number;
  values: number[];
}

/** A ratio column: medians of `of` over medians of `to`. */
export interface Ratio {
  label: string;
  of: string;
  to: string;
}

export async function alternate(systems: System[], cases: Case[], rounds: number, say: (line: string) => void): Promise<Trial[]> {
  const trials: Trial[] = [];
  const total = rounds * cases.length * systems.length;
  for (let round = 1; round <= rounds; round++) {
    for (const c of cases) {
      for (const s of systems) {
        const at = trials.length + 1;
        say(`[${at}/${total}] round ${round}/${rounds}: ${c.workload}, ${c.clients} client(s), ${s.name}`);
        const { value, detail } = await c.run(s, (line) => say(`  ${s.name} ${line.trim()}`));
        say(`  => ${fmt(value)} ${c.unit}`);
        trials.push({ system: s.name, workload: c.workload, clients: c.clients, round, unit: c.unit, value, detail });
      }
    }
  }
  return trials;
}

export function medians(trials: Trial[]): Median[] {
  const groups = new Map<string, Trial[]>();
  for (const t of trials) {
    const k = `${t.workload}\u0000${t.clients}\u0000${t.system}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups.values()].map((g) => ({
    workload: g[0]!.workload,
    clients: g[0]!.clients,
    unit: g[0]!.unit,
    system: g[0]!.system,
    median: median(g.map((t) => t.value)),
    values: g.map((t) => t.value),
  }));
}

export interface RatioValue {
  label: string;
  workload: string;
  clients: number;
  value: number;
}

export function ratios(meds: Median[], wanted: Ratio[]): RatioValue[] {
  const out: RatioValue[] = [];
  const find = (w: string, c: number, s: string) => meds.find((m) => m.workload === w && m.clients === c && m.system === s)?.median;
  const rows = new Set(meds.map((m) => `${m.workload}\u0000${m.clients}`));
  for (const row of rows) {
    const [workload, clients] = row.split('\u0000') as [string, string];
    for (const r of wanted) {
      const a = find(workload, Number(clients), r.of);
      const b = find(workload, Number(clients), r.to);
      if (a !== undefined && b !== undefined) out.push({ label: r.label, workload, clients: Number(clients), value: a / b });
    }
  }
  return out;
}

/** Medians by (workload, clients) and system, then the ratio columns. */
export function formatTable(meds: Median[], systems: string[], wanted: Ratio[]): string {
  const rs = ratios(meds, wanted);
  const rows = [...new Set(meds.map((m) => `${m.workload}\u0000${m.clients}`))];
  const header = ['workload', 'clients', ...systems, ...wanted.map((r) => r.label)];
  const body = rows.map((row) => {
    const [workload, clients] = row.split('\u0000') as [string, string];
    const unit = meds.find((m) => m.workload === workload)!.unit;
    return [
      `${workload} (${unit})`,
      clients,
      ...systems.map((s) => fmt(meds.find((m) => m.workload === workload && String(m.clients) === clients && m.system === s)?.median ?? NaN)),
      ...wanted.map((r) => {
        const v = rs.find((x) => x.label === r.label && x.workload === workload && String(x.clients) === clients)?.value;
        return v === undefined ? '-' : `${v.toFixed(2)}x`;
      }),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
