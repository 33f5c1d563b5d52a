"""pgcli 3.5 (Debian's) driven without a terminal: the metadata its completer loads at connect and
after each DDL (schemata, tables, views, columns, foreign keys, functions, data types, casing,
search path) and \\d-style special commands run through pgspecial, as an interactive user triggers
them. Prints what it sees; the output must be the same on evsql and PostgreSQL 15."""
import os

from pgcli.pgexecute import PGExecute
from pgcli.main import exception_formatter
from pgspecial.main import PGSpecial

executor = PGExecute(host=os.environ['PGHOST'], port=os.environ['PGPORT'], user=os.environ['PGUSER'], database=os.environ['PGDATABASE'])
special = PGSpecial()
PREFIX = 'c35c_'


def ours(rows, field=1):
    """The metadata rows of this program's objects (named PREFIX…), sorted: the database holds other tests' objects too."""
    return sorted(tuple(r) for r in rows if str(r[field]).startswith(PREFIX))


def show(label, rows):
    print(label + ':')
    for r in rows:
        print('  ' + ' | '.join('NULL' if v is None else str(v) for v in r))


def run(sql):
    """What pgcli shows for one input line: each result's title, headers, rows and status."""
    print('>>> ' + sql.replace('\n', ' '))
    for title, cur, headers, status, _, success, _ in executor.run(sql, special, exception_formatter, on_error_resume=True):
        if title:
            print('title: ' + title)
        if headers:
            print('headers: ' + ', '.join(headers))
        if cur is not None:
            rows = cur if isinstance(cur, list) else list(cur)
            for r in rows:
                print('  ' + ' | '.join('NULL' if v is None else str(v) for v in r))
        if status:
            print('status: ' + str(status).strip())
        if not success:
            print('failed')


for sql in [
    f'DROP TABLE IF EXISTS {PREFIX}items, {PREFIX}orders, {PREFIX}people CASCADE',
    f'DROP SCHEMA IF EXISTS {PREFIX}app CASCADE',
    f'DROP TYPE IF EXISTS {PREFIX}mood',
    f'DROP FUNCTION IF EXISTS {PREFIX}add(integer, integer)',
]:
    executor.conn.execute(sql)
executor.conn.execute(f"CREATE TYPE {PREFIX}mood AS ENUM ('sad', 'ok', 'happy')")
executor.conn.execute(f"""CREATE TABLE {PREFIX}people (
    id serial PRIMARY KEY,
    "FullName" text NOT NULL,
    mood {PREFIX}mood DEFAULT 'ok',
    born date,
    score numeric(6, 2) CHECK (score >= 0)
)""")
executor.conn.execute(f"""CREATE TABLE {PREFIX}orders (
    id bigserial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES {PREFIX}people (id) ON DELETE CASCADE,
    placed timestamptz NOT NULL DEFAULT now(),
    note varchar(40)
)""")
executor.conn.execute(f'CREATE INDEX {PREFIX}orders_placed ON {PREFIX}orders (placed DESC)')
executor.conn.execute(f'CREATE UNIQUE INDEX {PREFIX}orders_note ON {PREFIX}orders (person_id, note)')
executor.conn.execute(f'CREATE SCHEMA {PREFIX}app')
executor.conn.execute(f'CREATE TABLE {PREFIX}app.{PREFIX}items (sku text PRIMARY KEY, order_id bigint REFERENCES public.{PREFIX}orders (id), qty int DEFAULT 1)')
executor.conn.execute(f'CREATE VIEW {PREFIX}busy AS SELECT p.id, p."FullName", count(o.id) AS n FROM {PREFIX}people p JOIN {PREFIX}orders o ON o.person_id = p.id GROUP BY p.id')
executor.conn.execute(f'CREATE FUNCTION {PREFIX}add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$')
executor.conn.execute(f"INSERT INTO {PREFIX}people (\"FullName\", mood, born, score) VALUES ('Ann', 'happy', '1990-01-02', 12.5), ('Bob', 'sad', NULL, NULL)")
executor.conn.execute(f"INSERT INTO {PREFIX}orders (person_id, placed, note) VALUES (1, '2024-01-01 10:00+00', 'first'), (1, '2024-02-01 10:00+00', 'second'), (2, '2024-03-01 10:00+00', NULL)")

print('server version major: ' + executor.server_version.split('.')[0])
print('superuser: ' + str(executor.superuser))
print('dbname: ' + str(executor.dbname))
print('search_path: ' + ', '.join(executor.search_path()))
print('schemata: ' + ', '.join(s for s in executor.schemata() if s in ('public', 'pg_catalog', 'information_schema', PREFIX + 'app')))
show('tables', ours(executor.tables()))
show('views', ours(executor.views()))
show('table columns', ours(executor.table_columns()))
show('view columns', ours(executor.view_columns()))
show('foreign keys', ours(executor.foreignkeys(), 1))
functions = list(executor.functions())
show('functions', sorted((f.schema_name, f.func_name, f.arg_names, f.arg_types, f.arg_modes, f.return_type, f.is_aggregate, f.is_window, f.is_set_returning, f.is_extension, f.arg_defaults) for f in functions if f.func_name.startswith(PREFIX)))
builtins = {f.func_name for f in functions if f.schema_name == 'pg_catalog'}
print('builtin functions seen: ' + ', '.join(n for n in ['lower', 'now', 'count', 'jsonb_build_object', 'generate_series', 'row_number'] if n in builtins))
show('datatypes', ours(executor.datatypes()))
print('casing has FullName: ' + str('FullName' in list(executor.casing())))
print('databases has postgres: ' + str('postgres' in executor.databases()))
print('view definition: ' + ' '.join(executor.view_definition(f'{PREFIX}busy').split()))
print('function definition: ' + ' '.join(executor.function_definition(f'{PREFIX}add').split()))

for sql in [
    f'\\d {PREFIX}people',
    f'\\d {PREFIX}orders',
    f'\\d+ {PREFIX}busy',
    f'\\dt {PREFIX}*',
    f'\\dt {PREFIX}app.*',
    f'\\dv {PREFIX}*',
    f'\\di {PREFIX}*',
    f'\\ds {PREFIX}*',
    f'\\dn {PREFIX}*',
    f'\\dT {PREFIX}*',
    f'\\df {PREFIX}*',
    '\\dx plpgsql',
    '\\du postgres',
    f'\\d {PREFIX}nope',
    f'SELECT "FullName", mood, born, score FROM {PREFIX}people ORDER BY id',
    f'SELECT {PREFIX}add(2, 3) AS five; SELECT count(*) FROM {PREFIX}orders',
    f'INSERT INTO {PREFIX}people ("FullName") VALUES (\'Cy\')',
    f'UPDATE {PREFIX}people SET score = 1 WHERE score IS NULL',
    f'SELECT * FROM {PREFIX}missing',
    f'INSERT INTO {PREFIX}orders (person_id) VALUES (99)',
]:
    run(sql)

executor.conn.execute(f'DROP SCHEMA {PREFIX}app CASCADE')
executor.conn.execute(f'DROP VIEW {PREFIX}busy')
executor.conn.execute(f'DROP TABLE {PREFIX}orders, {PREFIX}people')
executor.conn.execute(f'DROP TYPE {PREFIX}mood')
executor.conn.execute(f'DROP FUNCTION {PREFIX}add(integer, integer)')
print('done')
