"""A small psycopg 3 application: parameters bound on the server (the extended protocol), in the
text and the binary format, results in binary, a pipeline of statements with a failing one in the
middle, COPY FROM and TO (rows through write_row and in binary), executemany, a prepared
statement, server-side cursors, transactions as context managers with a nested savepoint, a
unique violation's diagnostics, and a type fetched from the catalog (TypeInfo). Prints what it
sees; the test compares it with PostgreSQL 15."""
import datetime
import decimal
import uuid

import psycopg
import psycopg.errors
from psycopg.types import TypeInfo
from psycopg.types.enum import EnumInfo, register_enum
from psycopg.types.json import Jsonb

conn = psycopg.connect("")
conn.execute("DROP TABLE IF EXISTS p3_reading, p3_sensor")
conn.execute("DROP TYPE IF EXISTS p3_kind")
conn.execute("CREATE TYPE p3_kind AS ENUM ('temp', 'humidity')")
conn.execute(
    """CREATE TABLE p3_sensor (
         id serial PRIMARY KEY,
         code uuid NOT NULL UNIQUE,
         kind p3_kind NOT NULL,
         placed date,
         labels text[],
         meta jsonb)"""
)
conn.execute(
    "CREATE TABLE p3_reading (sensor_id int REFERENCES p3_sensor ON DELETE CASCADE, at timestamptz NOT NULL, value numeric(8, 3), ok boolean, raw bytea)"
)
conn.commit()

info = EnumInfo.fetch(conn, "p3_kind")
register_enum(info, conn)
print("enum", info.name, info.labels)
print("typeinfo", TypeInfo.fetch(conn, "numeric").name, TypeInfo.fetch(conn, "int4[]") is not None)

codes = [uuid.UUID(int=n) for n in (1, 2, 3)]
with conn.cursor() as cur:
    cur.executemany(
        "INSERT INTO p3_sensor (code, kind, placed, labels, meta) VALUES (%s, %s, %s, %s, %s)",
        [
            (codes[0], "temp", datetime.date(2024, 1, 2), ["roof", "north"], Jsonb({"floor": 3})),
            (codes[1], "humidity", None, [], Jsonb({"floor": 1, "calibrated": True})),
            (codes[2], "temp", datetime.date(2023, 12, 31), None, None),
        ],
    )
    print("executemany", cur.rowcount)
    cur.execute("SELECT id, code, kind, placed, labels, meta FROM p3_sensor ORDER BY id", binary=True)
    sensors = cur.fetchall()
    print("binary rows", sensors)
    # PostgreSQL numbers user types from 16384 in creation order; evsql derives them from names.
    print("columns", [(c.name, c.type_code if c.type_code < 16384 else info.oid == c.type_code) for c in cur.description])
    ids = [s[0] for s in sensors]
    cur.execute("SELECT %s::int + %s, %s || %s, %s = ANY(%s)", (40, 2, "a", "b", 3, [1, 2, 3]))
    print("server-side binding", cur.fetchone())
    cur.execute("SELECT %b::int8 * 2, %b::text, %t::date", (21, "x", datetime.date(2024, 2, 29)))
    print("binary and text parameters", cur.fetchone())
conn.commit()

start = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)
with conn.cursor() as cur:
    with cur.copy("COPY p3_reading (sensor_id, at, value, ok, raw) FROM STDIN") as copy:
        for i in range(6):
            copy.write_row((ids[i % 3], start + datetime.timedelta(minutes=i), decimal.Decimal(i) / 4, i % 2 == 0, bytes([i, 255 - i])))
    print("copy rows", cur.rowcount)
    with cur.copy("COPY (SELECT sensor_id, value, ok FROM p3_reading ORDER BY at) TO STDOUT") as copy:
        print("copy out", list(copy.rows()))
    with cur.copy("COPY (SELECT sensor_id, value FROM p3_reading WHERE ok ORDER BY at) TO STDOUT (FORMAT BINARY)") as copy:
        copy.set_types(["int4", "numeric"])
        print("copy out binary", list(copy.rows()))
conn.commit()

with conn.pipeline() as p:
    a = conn.execute("SELECT count(*) FROM p3_reading")
    b = conn.execute("UPDATE p3_reading SET value = value * 10 WHERE ok RETURNING value")
    p.sync()
    print("pipeline", a.fetchone(), sorted(r[0] for r in b.fetchall()))
conn.commit()
try:
    with conn.pipeline() as p:
        conn.execute("INSERT INTO p3_sensor (code, kind) VALUES (%s, %s)", (uuid.UUID(int=9), "temp"))
        conn.execute("INSERT INTO p3_sensor (code, kind) VALUES (%s, %s)", (codes[0], "temp"))
        conn.execute("INSERT INTO p3_sensor (code, kind) VALUES (%s, %s)", (uuid.UUID(int=10), "temp"))
except psycopg.errors.UniqueViolation as e:
    d = e.diag
    print("pipeline error", e.sqlstate, d.constraint_name, d.table_name, d.message_detail)
conn.rollback()
print("sensors after failed pipeline", conn.execute("SELECT count(*) FROM p3_sensor").fetchone())

with conn.cursor() as cur:
    for code in (codes[1], codes[2]):
        cur.execute("SELECT kind FROM p3_sensor WHERE code = %s", (code,), prepare=True)
        print("prepared", cur.fetchone())
conn.commit()

with conn.transaction():
    conn.execute("UPDATE p3_sensor SET labels = %s WHERE id = %s", (["moved"], ids[2]))
    try:
        with conn.transaction():
            conn.execute("DELETE FROM p3_reading")
            raise RuntimeError("inner")
    except RuntimeError:
        pass
    print("inside", conn.execute("SELECT count(*) FROM p3_reading").fetchone(), conn.execute("SELECT labels FROM p3_sensor WHERE id = %s", (ids[2],)).fetchone())

with conn.cursor(name="walk") as named:
    named.itersize = 2
    named.execute("SELECT sensor_id, value, raw FROM p3_reading ORDER BY at")
    print("named cursor", [(r[0], r[1], bytes(r[2])) for r in named])
conn.commit()

with conn.cursor() as cur:
    cur.execute("SELECT s.kind, count(*), sum(r.value), min(r.at), max(r.at) - min(r.at) FROM p3_reading r JOIN p3_sensor s ON s.id = r.sensor_id GROUP BY s.kind ORDER BY s.kind")
    print("aggregates", cur.fetchall())
conn.execute("DROP TABLE p3_reading, p3_sensor")
conn.execute("DROP TYPE p3_kind")
conn.commit()
conn.close()
print("done")
