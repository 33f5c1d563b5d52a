"""A small psycopg2 application: a schema, inserts with parameters of many types, a unique
violation read through its diagnostics, a named (server-side) cursor walked in chunks, and
executemany/execute_values. Prints what it sees; the test compares it with PostgreSQL 15."""
import datetime
import decimal
import json

import psycopg2
import psycopg2.errors
import psycopg2.extras

conn = psycopg2.connect("")
cur = conn.cursor()
cur.execute("DROP TABLE IF EXISTS pp_order, pp_customer")
cur.execute(
    """CREATE TABLE pp_customer (
         id serial PRIMARY KEY,
         email text NOT NULL UNIQUE,
         name varchar(50) NOT NULL,
         joined date,
         balance numeric(10, 2) DEFAULT 0,
         tags text[],
         prefs jsonb)"""
)
cur.execute(
    "CREATE TABLE pp_order (id bigserial PRIMARY KEY, customer_id int REFERENCES pp_customer(id), amount numeric(8,2), placed timestamptz)"
)
conn.commit()

rows = [
    ("ann@example.com", "Ann", datetime.date(2020, 1, 2), decimal.Decimal("10.50"), ["a", "b"], json.dumps({"vip": True})),
    ("bob@example.com", "Bob", None, decimal.Decimal("0"), [], json.dumps({"n": 2})),
    ("cy@example.com", "Cy", datetime.date(1999, 12, 31), decimal.Decimal("-3.25"), None, None),
]
cur.executemany(
    "INSERT INTO pp_customer (email, name, joined, balance, tags, prefs) VALUES (%s, %s, %s, %s, %s, %s)", rows
)
conn.commit()

cur.execute("SELECT id, email FROM pp_customer ORDER BY email")
ids = {email: i for i, email in cur.fetchall()}
psycopg2.extras.execute_values(
    cur,
    "INSERT INTO pp_order (customer_id, amount, placed) VALUES %s",
    [(ids["ann@example.com"], decimal.Decimal(n) / 4, datetime.datetime(2021, 5, n + 1, 12, 0, tzinfo=datetime.timezone.utc)) for n in range(1, 13)],
)
conn.commit()

try:
    cur.execute("INSERT INTO pp_customer (email, name) VALUES (%s, %s)", ("ann@example.com", "Ann again"))
except psycopg2.errors.UniqueViolation as e:
    d = e.diag
    print("unique violation", e.pgcode, d.constraint_name, d.schema_name, d.table_name, d.message_detail)
    conn.rollback()

try:
    cur.execute("INSERT INTO pp_customer (email) VALUES ('x@example.com')")
except psycopg2.errors.NotNullViolation as e:
    # Not its detail: the failing row's serial id, which PostgreSQL's failed insert above used up and evsql's did not.
    print("not null", e.pgcode, e.diag.column_name, e.diag.schema_name, e.diag.table_name)
    conn.rollback()

cur.execute("SELECT name, joined, balance, tags, prefs FROM pp_customer ORDER BY name")
for r in cur.fetchall():
    print("customer", r)

cur.execute("SELECT prefs->>'vip' FROM pp_customer WHERE prefs @> %s", (json.dumps({"vip": True}),))
print("vip", cur.fetchall())

cur.execute("SELECT name FROM pp_customer WHERE %s = ANY(tags) OR id = ANY(%s) ORDER BY 1", ("b", [ids["cy@example.com"]]))
print("any", cur.fetchall())

# A named cursor: psycopg2 sends DECLARE "name" CURSOR WITHOUT HOLD FOR ... and FETCH FORWARD itersize.
with conn.cursor(name="orders_stream") as named:
    named.itersize = 5
    named.execute("SELECT o.id, c.name, o.amount, o.placed FROM pp_order o JOIN pp_customer c ON c.id = o.customer_id ORDER BY o.placed")
    seen = 0
    total = decimal.Decimal(0)
    for oid, name, amount, placed in named:
        seen += 1
        total += amount
        if seen in (1, 12):
            print("order", name, amount, placed.isoformat())
    print("streamed", seen, total)
conn.commit()

with conn.cursor(name="chunks", scrollable=True, withhold=True) as held:
    held.execute("SELECT amount FROM pp_order ORDER BY id")
    conn.commit()
    print("fetchmany", held.fetchmany(3))
    held.scroll(0, mode="absolute")
    print("after scroll", held.fetchone())
    print("rest", len(held.fetchall()))

cur.execute("UPDATE pp_customer SET balance = balance + %s WHERE joined < %s RETURNING name, balance", (decimal.Decimal("1.10"), datetime.date(2010, 1, 1)))
print("updated", cur.fetchall(), cur.rowcount)
cur.execute("DELETE FROM pp_order WHERE amount > %s", (2,))
print("deleted", cur.rowcount)
conn.commit()
cur.execute("DROP TABLE pp_order, pp_customer")
conn.commit()
conn.close()
print("done")
