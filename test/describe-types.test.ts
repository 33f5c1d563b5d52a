/**
 * Parse + Describe before any execution, through a real client connection: the parameter and
 * result column types evsql reports then are its static ones (the simple protocol can fall back
 * to the values; Describe cannot), and clients act on them: node-postgres parses a column by its
 * type, asyncpg encodes each parameter by the type ParameterDescription names. The expected OIDs
 * are PostgreSQL 15's, taken from a live server.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer();
  client = await server.client();
  await client.query("drop table if exists dt_a, dt_b; create table dt_a (id int primary key, n numeric(10,2), name varchar(20), code char(3), big bigint, at timestamptz, flag boolean); create table dt_b (id int primary key, d date, big bigint);");
});

afterAll(async () => {
  await client?.end();
  expect(await server.stop()).toBe(0);
});

interface Described {
  params?: number[];
  row?: string;
  error?: string;
}

interface ProtocolConnection {
  parse(q: { name: string; text: string; types: number[] }, more: boolean): void;
  describe(q: { type: 'S'; name: string }, more: boolean): void;
  sync(): void;
  on(event: string, listener: (m: never) => void): void;
  removeAllListeners(event: string): void;
}

let statements = 0;

/** Parse + Describe(statement) + Sync on the client's connection, past the driver's own handling. */
async function describeStatement(text: string): Promise<Described> {
  const con = (client as unknown as { connection: ProtocolConnection }).connection;
  const events = ['parameterDescription', 'rowDescription', 'noData', 'errorMessage', 'readyForQuery', 'parseComplete'];
  for (const e of events) con.removeAllListeners(e);
  const out: Described = {};
  await new Promise<void>((resolve) => {
    con.on('parameterDescription', (m: { dataTypeIDs: number[] }) => (out.params = m.dataTypeIDs));
    con.on('rowDescription', (m: { fields: Array<{ name: string; dataTypeID: number }> }) => (out.row = m.fields.map((f) => `${f.name}:${f.dataTypeID}`).join(',')));
    con.on('noData', () => (out.row = 'nodata'));
    con.on('errorMessage', (e: { code: string }) => (out.error = e.code));
    con.on('readyForQuery', () => resolve());
    const name = `describe_types_${++statements}`;
    con.parse({ name, text, types: [] }, false);
    con.describe({ type: 'S', name }, false);
    con.sync();
  });
  for (const e of events) con.removeAllListeners(e);
  return out;
}

/** Each statement's ParameterDescription OIDs and RowDescription `name:oid` list, as PostgreSQL 15 describes it. */
async function expectDescribed(cases: Array<[string, number[], string]>): Promise<void> {
  for (const [text, params, row] of cases) expect({ text, ...(await describeStatement(text)) }).toEqual({ text, params, row });
}

describe('Describe before execution reports the types PostgreSQL does', () => {
  it("`*` over LATERAL subqueries, USING and NATURAL joins lists each column once, with its type", async () => {
    await expectDescribed([
    ["select * from dt_a a, lateral (select a.n * 2 as m) x", [], "id:23,n:1700,name:1043,code:1042,big:20,at:1184,flag:16,m:1700"],
    ["select * from dt_a a left join lateral (select b.d from dt_b b where b.id = a.id limit 1) x on true", [], "id:23,n:1700,name:1043,code:1042,big:20,at:1184,flag:16,d:1082"],
    ["select * from generate_series(1, 3) g, lateral (select g * 10 as t) s", [], "g:23,t:23"],
    ["select * from (select 1 as x) a cross join lateral (select 2 as y) b", [], "x:23,y:23"],
    ["with c as (select id, sum(n) s from dt_a group by id) select * from c join dt_b using (id)", [], "id:23,s:1700,d:1082,big:20"],
    ["select * from (select 1 x, 2 y) a natural join (select 1 x, 3.5 z) b", [], "x:23,y:23,z:1700"],
    ]);
  });

  it("a set operation's NULL member takes the other member's type", async () => {
    await expectDescribed([
    ["select null union select 1", [], "?column?:23"],
    ["select null union all select 2.5", [], "?column?:1700"],
    ]);
  });

  it("operators, CASE, IN lists, LIKE, LIMIT and window frame offsets type their parameters", async () => {
    await expectDescribed([
    ["select interval '1 day' * $1, $2 * interval '1 hour', interval '1 day' / $3", [701, 701, 701], "?column?:1186,?column?:1186,?column?:1186"],
    ["select case when $1 then $2 else 0 end", [16, 23], "case:23"],
    ["select * from dt_a where big in ($1, $2) and id not in ($3)", [20, 20, 23], "id:23,n:1700,name:1043,code:1042,big:20,at:1184,flag:16"],
    ["select * from dt_a where name = $1 and name like $2 and code = $3", [25, 25, 1042], "id:23,n:1700,name:1043,code:1042,big:20,at:1184,flag:16"],
    ["select * from dt_a order by id limit $1 offset $2", [20, 20], "id:23,n:1700,name:1043,code:1042,big:20,at:1184,flag:16"],
    ["select sum(big) over (order by id rows between $1 preceding and $2 following) from dt_a", [20, 20], "sum:1700"],
    ]);
  });

  it("function arguments of one candidate type type their parameters", async () => {
    await expectDescribed([
    ["select substr($1, $2, $3), left($1, $2), right($1, $2), repeat($1, $2)", [25, 23, 23], "substr:25,left:25,right:25,repeat:25"],
    ["select lpad($1, $2, $3), rpad($1, $2), split_part($1, ',', $4)", [25, 23, 25, 23], "lpad:25,rpad:25,split_part:25"],
    ["select round($1::numeric, $2), trunc($3, $4), round($5)", [1700, 23, 1700, 23, 701], "round:1700,trunc:1700,round:701"],
    ["select make_date($1, $2, $3), make_time($4, $5, $6), to_timestamp($7)", [23, 23, 23, 23, 23, 701, 701], "make_date:1082,make_time:1083,to_timestamp:1184"],
    ["select make_interval(days => $1, secs => $2), make_timestamp($3, $4, $5, $6, $7, $8)", [23, 701, 23, 23, 23, 23, 23, 701], "make_interval:1186,make_timestamp:1114"],
    ["select get_byte($1::bytea, $2), set_byte($1::bytea, $2, $3), chr($4)", [17, 23, 23, 23], "get_byte:23,set_byte:17,chr:25"],
    ["select lag(id, $1, $2) over (order by id), lead(big, $3) over (order by id), ntile($4) over () from dt_a", [23, 23, 23, 23], "lag:23,lead:20,ntile:23"],
    ["select percentile_cont($1) within group (order by id), percentile_disc($2) within group (order by id) from dt_a", [701, 701], "percentile_cont:701,percentile_disc:23"],
    ["select age($1::timestamptz, $2), width_bucket(5, 1, 10, $3)", [1184, 1184, 23], "age:1186,width_bucket:23"],
    ["select array[$1::int, $2], array[$3, 2.5]", [23, 23, 1700], "array:1007,array:1231"],
    ["select nextval($1), currval($1), setval($1, $2), setval($1, $3, $4)", [2205, 20, 20, 16], "nextval:20,currval:20,setval:20,setval:20"],
    ["select width_bucket($1, $2, $3, $4), width_bucket(5.5, $5, $6, 5)", [701, 701, 701, 23, 1700, 1700], "width_bucket:23,width_bucket:23"],
    ["select encode($1, 'hex'), sha256($2), host($3), set_masklen($3, 16), pg_relation_size($4)", [17, 17, 869, 2205], "encode:25,sha256:17,host:25,set_masklen:869,pg_relation_size:20"],
    ]);
  });
});
