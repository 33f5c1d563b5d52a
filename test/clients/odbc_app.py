"""psqlODBC (Debian's odbc-postgresql, under unixODBC) through pyodbc: the driver's own startup
queries, the catalog functions (SQLTables, SQLColumns, SQLPrimaryKeys, SQLForeignKeys,
SQLStatistics, SQLGetTypeInfo, SQLProcedures) as pyodbc's cursor.tables()/columns()/… call them,
parameters of several types, transactions and errors' SQLSTATEs. Prints what it sees; the output
must be the same on evsql and PostgreSQL 15."""
import datetime
import decimal
import os

import pyodbc

conn = pyodbc.connect(
    'DRIVER={PostgreSQL Unicode};SERVER=%s;PORT=%s;DATABASE=%s;UID=%s;PWD=;SSLmode=disable'
    % (os.environ['PGHOST'], os.environ['PGPORT'], os.environ['PGDATABASE'], os.environ['PGUSER']),
    autocommit=True,
)
cur = conn.cursor()
P = 'c35o_'


def show(label, rows, columns=None):
    print(label + ':')
    for r in rows:
        values = [getattr(r, c) for c in columns] if columns else list(r)
        print('  ' + ' | '.join('NULL' if v is None else repr(v) for v in values))


def ours(rows, table_field):
    return sorted((r for r in rows if str(getattr(r, table_field)).startswith(P)), key=lambda r: tuple(str(v) for v in r))


print('dbms: ' + conn.getinfo(pyodbc.SQL_DBMS_NAME) + ' ' + conn.getinfo(pyodbc.SQL_DBMS_VER).split('.')[0])
print('database: ' + conn.getinfo(pyodbc.SQL_DATABASE_NAME))
print('user: ' + conn.getinfo(pyodbc.SQL_USER_NAME))
print('identifier quote: ' + conn.getinfo(pyodbc.SQL_IDENTIFIER_QUOTE_CHAR))

for sql in [f'DROP TABLE IF EXISTS {P}lines, {P}orders, {P}customers', f'DROP VIEW IF EXISTS {P}big']:
    cur.execute(sql)
cur.execute(f"""CREATE TABLE {P}customers (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE,
    balance numeric(12, 2) DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    born date,
    seen timestamp,
    photo bytea,
    note text
)""")
cur.execute(f"""CREATE TABLE {P}orders (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES {P}customers (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    total double precision,
    qty smallint CHECK (qty > 0)
)""")
cur.execute(f'CREATE TABLE {P}lines (order_id bigint REFERENCES {P}orders, n int, sku char(8), PRIMARY KEY (order_id, n))')
cur.execute(f'CREATE INDEX {P}orders_total ON {P}orders (total)')
cur.execute(f'CREATE UNIQUE INDEX {P}orders_cq ON {P}orders (customer_id, qty)')
cur.execute(f'CREATE VIEW {P}big AS SELECT id, total FROM {P}orders WHERE total > 100')

# Parameters of several types, bound by the driver.
rows = [
    ('Ann', decimal.Decimal('10.50'), True, datetime.date(1990, 1, 2), datetime.datetime(2024, 5, 1, 12, 30, 15), b'\x00\x01\xff', 'hello'),
    ('Bob', decimal.Decimal('-3.25'), False, None, None, None, None),
    ('Zoë', decimal.Decimal('0'), True, datetime.date(2000, 2, 29), datetime.datetime(2024, 1, 1), b'', "it's"),
]
cur.executemany(f'INSERT INTO {P}customers (name, balance, active, born, seen, photo, note) VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
cur.execute(f'INSERT INTO {P}orders (customer_id, total, qty) VALUES (?, ?, ?)', 1, 150.5, 2)
cur.execute(f'INSERT INTO {P}orders (customer_id, total, qty) VALUES (?, ?, ?)', 1, 20.0, 1)
cur.execute(f'INSERT INTO {P}orders (customer_id, total, qty) VALUES (?, ?, ?)', 3, None, 5)
print('rowcount: %d' % cur.execute(f'UPDATE {P}orders SET qty = qty + 1 WHERE customer_id = ?', 1).rowcount)
cur.execute(f'SELECT * FROM {P}customers WHERE id >= ? ORDER BY id', 1)
print('description:')
for d in cur.description:
    print('  %s %s %s %s %s' % (d[0], d[1].__name__, d[4], d[5], d[6]))
show('customers', cur.fetchall())
show('join', cur.execute(f'SELECT c.name, count(o.id), sum(o.total) FROM {P}customers c LEFT JOIN {P}orders o ON o.customer_id = c.id WHERE c.name LIKE ? GROUP BY c.name ORDER BY 1', '%').fetchall())
show('view', cur.execute(f'SELECT * FROM {P}big').fetchall())
print('scalar: %r' % cur.execute('SELECT ? || ?, ? + 1', 'a', 'b', 41).fetchone()[:])

# Transactions and errors.
conn.autocommit = False
cur.execute(f'DELETE FROM {P}orders')
conn.rollback()
cur.execute(f"UPDATE {P}customers SET note = 'committed' WHERE id = 2")
conn.commit()
conn.autocommit = True
print('orders after rollback: %d' % cur.execute(f'SELECT count(*) FROM {P}orders').fetchval())
for sql, params in [
    (f'INSERT INTO {P}customers (name) VALUES (?)', ('Ann',)),
    (f'INSERT INTO {P}orders (customer_id, qty) VALUES (?, ?)', (99, 1)),
    (f'INSERT INTO {P}orders (customer_id, qty) VALUES (?, ?)', (1, 0)),
    (f'SELECT nope FROM {P}customers', ()),
    ('SELECT 1/0', ()),
    (f'SELECT * FROM {P}missing', ()),
]:
    try:
        cur.execute(sql, *params)
        print('no error: ' + sql)
    except pyodbc.Error as e:
        print('error: ' + e.args[0])

# The catalog functions.
show('tables', ours(cur.tables(schema='public', table=P + '%'), 'table_name'), ['table_schem', 'table_name', 'table_type'])
show('tables of type VIEW', ours(cur.tables(table=P + '%', tableType='VIEW'), 'table_name'), ['table_name', 'table_type'])
show('columns', ours(cur.columns(table=P + 'customers'), 'table_name') + ours(cur.columns(table=P + 'orders'), 'table_name'),
     ['table_name', 'column_name', 'data_type', 'type_name', 'column_size', 'buffer_length', 'decimal_digits', 'num_prec_radix', 'nullable', 'column_def', 'sql_data_type', 'ordinal_position', 'is_nullable'])
show('primary keys', cur.primaryKeys(P + 'lines').fetchall(), ['table_name', 'column_name', 'key_seq', 'pk_name'])
show('foreign keys of orders', cur.foreignKeys(foreignTable=P + 'orders').fetchall(),
     ['pktable_name', 'pkcolumn_name', 'fktable_name', 'fkcolumn_name', 'key_seq', 'update_rule', 'delete_rule', 'fk_name', 'pk_name', 'deferrability'])
show('foreign keys to orders', cur.foreignKeys(table=P + 'orders').fetchall(), ['pktable_name', 'pkcolumn_name', 'fktable_name', 'fkcolumn_name', 'fk_name'])
show('statistics', sorted((r for r in cur.statistics(P + 'orders').fetchall() if r.index_name), key=lambda r: (r.index_name, r.ordinal_position)), ['table_name', 'non_unique', 'index_name', 'type', 'ordinal_position', 'column_name', 'asc_or_desc'])
show('unique statistics', sorted((r for r in cur.statistics(P + 'orders', unique=True).fetchall() if r.index_name), key=lambda r: (r.index_name, r.ordinal_position)), ['index_name', 'column_name'])
show('row id columns', cur.rowIdColumns(P + 'orders').fetchall(), ['column_name', 'data_type', 'type_name'])
types = cur.getTypeInfo(pyodbc.SQL_INTEGER).fetchall()
show('type info integer', types, ['type_name', 'data_type', 'column_size', 'nullable', 'auto_unique_value'])
print('procedures found: %s' % any(r.procedure_name == 'lower' for r in cur.procedures(procedure='lower')))
show('schemas', sorted((r.table_schem,) for r in cur.tables(catalog='', schema='%', table='') if r.table_schem in ('public', 'pg_catalog', 'information_schema')))

for sql in [f'DROP VIEW {P}big', f'DROP TABLE {P}lines, {P}orders, {P}customers']:
    cur.execute(sql)
conn.close()
print('done')
