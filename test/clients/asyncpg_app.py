"""A small asyncpg application: a pool, a schema, parameters of many types (arrays included, in
asyncpg's binary format), executemany, a transaction rolled back, a cursor, copy_records_to_table
(binary COPY), fetch of a large result, and a unique violation. Prints what it sees; the test
compares it with PostgreSQL 15."""
import asyncio
import datetime
import decimal
import json
import uuid

import asyncpg


async def main():
    pool = await asyncpg.create_pool(min_size=1, max_size=3)
    async with pool.acquire() as c:
        await c.execute("DROP TABLE IF EXISTS ap_event")
        await c.execute(
            """CREATE TABLE ap_event (
                 id serial PRIMARY KEY,
                 kind text NOT NULL,
                 tags text[] NOT NULL DEFAULT '{}',
                 scores int[],
                 amount numeric(10, 3),
                 at timestamptz,
                 day date,
                 ref uuid UNIQUE,
                 payload jsonb,
                 ok boolean,
                 ratio float8)"""
        )
        row = await c.fetchrow(
            "INSERT INTO ap_event (kind, tags, scores, amount, at, day, ref, payload, ok, ratio) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, tags, scores",
            "signup", ["web", "eu"], [3, 1, 2], decimal.Decimal("12.345"), datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc),
            datetime.date(2021, 3, 4), uuid.UUID("12345678-1234-5678-1234-567812345678"), json.dumps({"plan": "pro", "seats": 3}), True, 0.25,
        )
        print("inserted", dict(row))
        await c.executemany(
            "INSERT INTO ap_event (kind, tags, amount, ok) VALUES ($1, $2, $3, $4)",
            [("click", ["web"], decimal.Decimal(i) / 8, i % 2 == 0) for i in range(6)],
        )
        print("tags any", await c.fetch("SELECT id, kind FROM ap_event WHERE $1 = ANY(tags) ORDER BY id LIMIT 3", "eu"))
        print("id any", await c.fetchval("SELECT count(*) FROM ap_event WHERE id = ANY($1::int[])", [1, 2, 3, 99]))
        print("array param", await c.fetchval("SELECT $1::text[] || $2::text", ["a", None, "b c"], "d"))
        print("empty array", await c.fetchval("SELECT cardinality($1::int[])", []))
        print("contains", await c.fetchval("SELECT count(*) FROM ap_event WHERE tags @> $1", ["web"]))
        print("payload", await c.fetchval("SELECT payload->'seats' FROM ap_event WHERE ref = $1", uuid.UUID("12345678-1234-5678-1234-567812345678")))
        print("sum", await c.fetchval("SELECT sum(amount) FROM ap_event"))

        n = await c.copy_records_to_table(
            "ap_event",
            records=[("import", ["csv", "x"], [7], decimal.Decimal("1.5"), datetime.datetime(2022, 1, 1, tzinfo=datetime.timezone.utc), datetime.date(2022, 1, 2), uuid.UUID(int=i), json.dumps({"i": i}), i % 3 == 0, i / 3) for i in range(50)],
            columns=["kind", "tags", "scores", "amount", "at", "day", "ref", "payload", "ok", "ratio"],
        )
        print("copied", n)
        print("imported", await c.fetchrow("SELECT count(*), sum(amount), min(day), max(ref::text), sum((payload->>'i')::int), count(*) FILTER (WHERE ok) FROM ap_event WHERE kind = 'import'"))
        print("copy out row", dict(await c.fetchrow("SELECT kind, tags, scores, at, ratio FROM ap_event WHERE ref = $1", uuid.UUID(int=7))))

        try:
            async with c.transaction():
                await c.execute("UPDATE ap_event SET kind = 'gone'")
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        print("after rollback", await c.fetchval("SELECT count(*) FROM ap_event WHERE kind = 'gone'"))

        async with c.transaction():
            cur = await c.cursor("SELECT id, kind FROM ap_event ORDER BY id")
            print("cursor first", await cur.fetch(2))
            await cur.forward(3)
            print("cursor after forward", await cur.fetchrow())
            seen = [r["id"] async for r in c.cursor("SELECT id FROM ap_event WHERE kind = $1 ORDER BY id", "import", prefetch=7)]
            print("iterated", len(seen), seen[:3])

        try:
            await c.execute("INSERT INTO ap_event (kind, ref) VALUES ('dup', $1)", uuid.UUID(int=3))
        except asyncpg.UniqueViolationError as e:
            # evsql leaves out the schema name and the detail's values: see the README.
            print("unique", e.sqlstate, e.constraint_name, e.table_name)

        stmt = await c.prepare("SELECT kind, count(*) AS n FROM ap_event GROUP BY kind ORDER BY kind")
        print("prepared", [tuple(r) for r in await stmt.fetch()], [a.name for a in stmt.get_attributes()])
    results = await asyncio.gather(*(pool.fetchval("SELECT $1::int * 2", i) for i in range(5)))
    print("pool", results)
    await pool.execute("DROP TABLE ap_event")
    await pool.close()
    print("done")


asyncio.run(main())
