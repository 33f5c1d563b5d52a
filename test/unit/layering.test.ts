/**
 * The tree's layering, read from the sources' own import statements: every import points down
 * the order below (each folder's README says the same in words), and no two files or folders
 * import each other, directly or around a loop. A new import that breaks the order fails here,
 * naming the file and what it imported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** What each folder may import besides itself: the order bin → ops → wire → cluster → {mixer, verifier, executor} → dialect → pg → lib. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  bin: ['ops', 'wire', 'cluster', 'mixer', 'verifier', 'executor', 'dialect', 'pg', 'lib'],
  ops: ['wire', 'cluster', 'mixer', 'verifier', 'executor', 'dialect', 'pg', 'lib'],
  wire: ['cluster', 'executor', 'dialect', 'pg', 'lib'],
  cluster: ['mixer', 'verifier', 'executor', 'dialect', 'pg', 'lib'],
  mixer: ['dialect', 'pg', 'lib'],
  verifier: ['pg', 'lib'],
  executor: ['dialect', 'pg', 'lib'],
  dialect: ['pg', 'lib'],
  pg: ['lib'],
  lib: [],
};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** file → the project files it imports (relative specifiers only; packages are not layers). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of Object.keys(MAY_IMPORT).flatMap(sources)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) =>
      normalize(join(dirname(file), (m[1] ?? m[2])!)).replace(/\.js$/, '.ts'),
    );
    graph.set(file, targets);
  }
  return graph;
}

const folderOf = (file: string) => file.split('/')[0]!;

/** Strongly connected components with more than one member (Tarjan): each is an import cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('layering', () => {
  const graph = importGraph();

  it('finds the sources and resolves every relative import to a file of the tree', () => {
    expect(graph.size).toBeGreaterThan(50);
    const unresolved = [...graph].flatMap(([file, targets]) => targets.filter((t) => !t.endsWith('.json') && !graph.has(t)).map((t) => `${file} → ${t}`));
    expect(unresolved).toEqual([]);
  });

  it('every import points down the folder order', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => folderOf(t) !== folderOf(file) && !MAY_IMPORT[folderOf(file)]!.includes(folderOf(t)))
        .map((t) => `${file} → ${relative('.', t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('no file imports itself around a loop', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('no folder cycle', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...targets.map(folderOf).filter((f) => f !== from)])]);
    }
    expect(cycles(folders)).toEqual([]);
  });
});
