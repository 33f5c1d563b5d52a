/**
 * A grouped bar chart as hand-written SVG: one panel per workload, one group of bars per client
 * count, one colour per system. No plotting dependency; the output opens in any browser.
 */

export interface Panel {
  title: string;
  unit: string;
  groups: Array<{ label: string; bars: Array<{ series: string; value: number }> }>;
}

const COLOURS = ['#2b6cb0', '#dd6b20', '#718096', '#2f855a', '#9b2c2c', '#6b46c1'];
const PANEL_W = 460;
const PANEL_H = 320;
const MARGIN = { top: 40, right: 16, bottom: 48, left: 64 };
const LEGEND_H = 36;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round step so that about `count` ticks span [0, max]. */
function tickStep(max: number, count: number): number {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

function label(v: number): string {
  if (v >= 10_000) return `${(v / 1000).toFixed(0)}k`;
  if (v >= 1000) return `${(v / 1000).toFixed(1)}k`;
  return v >= 100 || Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1);
}

function panel(p: Panel, series: string[], x0: number, y0: number): string {
  const w = PANEL_W - MARGIN.left - MARGIN.right;
  const h = PANEL_H - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1e-9, ...p.groups.flatMap((g) => g.bars.map((b) => b.value)).filter(Number.isFinite));
  const step = tickStep(max, 5);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => Math.round((y0 + MARGIN.top + h - (v / top) * h) * 10) / 10;
  const out: string[] = [];
  out.push(`<text x="${x0 + PANEL_W / 2}" y="${y0 + 22}" text-anchor="middle" font-size="15" font-weight="bold">${esc(p.title)}</text>`);
  for (let i = 0; i * step <= top + step / 2; i++) {
    const v = i * step;
    out.push(`<line x1="${x0 + MARGIN.left}" x2="${x0 + MARGIN.left + w}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e8f0"/>`);
    out.push(`<text x="${x0 + MARGIN.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#4a5568">${label(v)}</text>`);
  }
  out.push(
    `<text transform="translate(${x0 + 16} ${y0 + MARGIN.top + h / 2}) rotate(-90)" text-anchor="middle" font-size="12" fill="#4a5568">${esc(p.unit)}</text>`,
  );
  const groupW = w / Math.max(1, p.groups.length);
  const barW = (groupW * 0.8) / series.length;
  p.groups.forEach((g, gi) => {
    const gx = x0 + MARGIN.left + gi * groupW + groupW * 0.1;
    series.forEach((s, si) => {
      const v = g.bars.find((b) => b.series === s)?.value;
      if (v === undefined || !Number.isFinite(v)) return;
      const bx = gx + si * barW;
      out.push(`<rect x="${bx.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(y(0) - y(v)).toFixed(1)}" fill="${COLOURS[si % COLOURS.length]}"><title>${esc(`${s}: ${v.toFixed(1)} ${p.unit}`)}</title></rect>`);
      out.push(`<text x="${(bx + barW / 2 - 1).toFixed(1)}" y="${(y(v) - 3).toFixed(1)}" text-anchor="middle" font-size="9" fill="#2d3748">${label(v)}</text>`);
    });
    out.push(`<text x="${(gx + groupW * 0.4).toFixed(1)}" y="${y0 + MARGIN.top + h + 18}" text-anchor="middle" font-size="12">${esc(g.label)}</text>`);
  });
  out.push(`<line x1="${x0 + MARGIN.left}" x2="${x0 + MARGIN.left + w}" y1="${y(0)}" y2="${y(0)}" stroke="#2d3748"/>`);
  return out.join('\n');
}

export function barChart(title: string, panels: Panel[], series: string[]): string {
  const width = PANEL_W * Math.max(1, panels.length);
  const height = PANEL_H + LEGEND_H + 30;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="16" font-weight="bold">${esc(title)}</text>`,
  ];
  let lx = 20;
  series.forEach((s, i) => {
    out.push(`<rect x="${lx}" y="34" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/>`);
    out.push(`<text x="${lx + 16}" y="44" font-size="12">${esc(s)}</text>`);
    lx += 28 + s.length * 7;
  });
  panels.forEach((p, i) => out.push(panel(p, series, i * PANEL_W, LEGEND_H + 20)));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
