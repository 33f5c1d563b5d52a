/**
 * information_schema's helper functions (PostgreSQL 15's information_schema.sql), which schema
 * tools call beside the views: PostgREST's schema cache reads a column's true type and length with
 * `_pg_truetypid(a.*, t.*)` and `_pg_char_max_length(…)`, a foreign key's place in its unique
 * index with `_pg_index_position`. Each is its SQL body, parsed once, with the call's arguments put
 * in place of $n; a whole-row argument (`a.*`) gives the fields the body reads (`$1.atttypid`).
 */
import { type Node, names, parseQuery } from './parse.js';

const BODIES: Record<string, string> = {
  _pg_truetypid: `CASE WHEN $2.typtype = 'd' THEN $2.typbasetype ELSE $1.atttypid END`,
  _pg_truetypmod: `CASE WHEN $2.typtype = 'd' THEN $2.typtypmod ELSE $1.atttypmod END`,
  _pg_char_max_length: `CASE WHEN $2 = -1 THEN NULL::integer WHEN $1 IN (1042, 1043) THEN $2 - 4 WHEN $1 IN (1560, 1562) THEN $2 ELSE NULL::integer END`,
  _pg_numeric_precision: `CASE $1 WHEN 21 THEN 16 WHEN 23 THEN 32 WHEN 20 THEN 64
    WHEN 1700 THEN CASE WHEN $2 = -1 THEN NULL::integer ELSE (($2 - 4) >> 16) & 65535 END
    WHEN 700 THEN 24 WHEN 701 THEN 53 ELSE NULL::integer END`,
  _pg_numeric_precision_radix: `CASE WHEN $1 IN (21, 23, 20, 700, 701) THEN 2 WHEN $1 IN (1700) THEN 10 ELSE NULL::integer END`,
  _pg_numeric_scale: `CASE WHEN $1 IN (21, 23, 20) THEN 0 WHEN $1 IN (1700) THEN CASE WHEN $2 = -1 THEN NULL::integer ELSE ($2 - 4) & 65535 END ELSE NULL::integer END`,
  _pg_datetime_precision: `CASE WHEN $1 IN (1082) THEN 0
    WHEN $1 IN (1083, 1114, 1184, 1266) THEN CASE WHEN $2 < 0 THEN 6 ELSE $2 END
    WHEN $1 IN (1186) THEN CASE WHEN $2 < 0 OR $2 & 65535 = 65535 THEN 6 ELSE $2 & 65535 END
    ELSE NULL::integer END`,
  _pg_index_position: `(SELECT k.n::integer FROM pg_catalog.pg_index AS i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(x, n) WHERE i.indexrelid = $1 AND k.x = $2)`,
};

/** The argument counts, which a call must match (42883 otherwise, as for any function). */
const ARITY: Record<string, number> = Object.fromEntries(Object.entries(BODIES).map(([name, body]) => [name, Math.max(...[...body.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))]));

const parsed = new Map<string, Node>();

function body(name: string): Node {
  let node = parsed.get(name);
  if (!node) {
    node = parseQuery(`SELECT ${BODIES[name]}`)[0]!.node.SelectStmt.targetList[0].ResTarget.val as Node;
    parsed.set(name, node);
  }
  return node;
}

/** A call of one of these functions as the expression it stands for; undefined for any other call. */
export function informationSchemaCall(f: Node): Node | undefined {
  const fname = names(f.funcname);
  const name = fname.at(-1)!;
  if (fname.length !== 2 || fname[0] !== 'information_schema' || !(name in BODIES) || f.over || f.agg_star) return undefined;
  const args = (f.args ?? []) as Node[];
  if (args.length !== ARITY[name]) return undefined;
  return substitute(body(name), args);
}

function substitute(node: Node, args: Node[]): Node {
  const walk = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const ind = n.A_Indirection;
    const param = ind?.arg?.ParamRef?.number as number | undefined;
    if (param !== undefined && ind.indirection.length === 1 && ind.indirection[0].String) {
      const arg = args[param - 1]!;
      const row = arg.ColumnRef?.fields as Node[] | undefined;
      // `rel.*` gives `rel.field`; any other value is read by field as PostgreSQL would.
      if (row?.at(-1)?.A_Star) return { ColumnRef: { fields: [...row.slice(0, -1), ind.indirection[0]] } };
      return { A_Indirection: { arg, indirection: ind.indirection } };
    }
    if (n.ParamRef) return args[(n.ParamRef.number as number) - 1]!;
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  return walk(node);
}
