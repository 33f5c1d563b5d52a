#!/usr/bin/perl
# Perl DBI with DBD::Pg (Debian's libdbd-pg-perl), as a Perl application uses it: placeholders with
# server-side and client-side prepares, bytea and arrays, the catalog methods, last_insert_id,
# COPY in and out, transactions and savepoints, errors' SQLSTATEs. Prints what it sees; the
# output must be the same on evsql and PostgreSQL 15.
use strict;
use warnings;
use utf8;
use DBI;
use DBD::Pg qw(:pg_types);

binmode STDOUT, ':encoding(UTF-8)';
my $dbh = DBI->connect('dbi:Pg:', undef, undef, { RaiseError => 1, PrintError => 0, AutoCommit => 1, pg_enable_utf8 => 1 });
$dbh->{pg_server_prepare} = 1;

sub show {
  my ($v) = @_;
  return 'NULL' unless defined $v;
  return '[' . join(',', map { show($_) } @$v) . ']' if ref $v eq 'ARRAY';
  return "$v";
}
sub row { join(' | ', map { show($_) } @_) }
sub say_rows {
  my ($label, $rows) = @_;
  print "$label:\n";
  print '  ', row(@$_), "\n" for @$rows;
}

$dbh->do('DROP TABLE IF EXISTS c35p_lines, c35p_orders, c35p_customers');
$dbh->do(q{CREATE TABLE c35p_customers (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  tags text[] NOT NULL DEFAULT '{}',
  avatar bytea,
  joined date DEFAULT '2024-01-01'
)});
$dbh->do(q{CREATE TABLE c35p_orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES c35p_customers (id) ON DELETE CASCADE,
  total numeric(10,2) NOT NULL CHECK (total >= 0),
  placed timestamptz NOT NULL DEFAULT '2024-05-01 10:00:00+00'
)});
$dbh->do(q{CREATE TABLE c35p_lines (
  order_id bigint NOT NULL REFERENCES c35p_orders (id),
  n smallint NOT NULL,
  sku varchar(20) NOT NULL,
  qty integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, n)
)});
$dbh->do('CREATE INDEX c35p_orders_placed ON c35p_orders (placed)');
print "server version ok: ", ($dbh->{pg_server_version} >= 150000 ? 'yes' : 'no'), "\n";

# Placeholders, server-side prepares, bytea and arrays.
my $ins = $dbh->prepare('INSERT INTO c35p_customers (name, tags, avatar) VALUES (?, ?, ?)');
$ins->bind_param(3, undef, { pg_type => PG_BYTEA });
$ins->execute('Ann', ['vip', 'early'], "\x00\x01\xff\\binary'");
print 'last_insert_id: ', $dbh->last_insert_id(undef, undef, 'c35p_customers', undef), "\n";
$ins->execute('Bob', [], undef);
$ins->execute("Zoë O'Hara", ['a,b', 'quote"d', undef], "");
print 'last_insert_id by sequence: ', $dbh->last_insert_id(undef, undef, undef, undef, { sequence => 'c35p_customers_id_seq' }), "\n";
my $sel = $dbh->prepare('SELECT id, name, tags, avatar, joined, array_length(tags, 1) AS n FROM c35p_customers WHERE id >= $1 ORDER BY id');
$sel->execute(1);
print 'NAME: ', join(',', @{ $sel->{NAME} }), "\n";
print 'TYPE: ', join(',', @{ $sel->{TYPE} }), "\n";
print 'pg_type: ', join(',', @{ $sel->{pg_type} }), "\n";
while (my $r = $sel->fetchrow_arrayref) {
  my @r = @$r;
  $r[3] = defined $r[3] ? unpack('H*', $r[3]) : undef;
  print '  ', row(@r), "\n";
}

# Client-side prepare for one statement, then named placeholders.
{
  local $dbh->{pg_server_prepare} = 0;
  my $sth = $dbh->prepare('SELECT name FROM c35p_customers WHERE name = ? OR id = ? ORDER BY 1');
  $sth->execute("Zoë O'Hara", 2);
  say_rows('client-side prepare', $sth->fetchall_arrayref);
}
my $named = $dbh->prepare('SELECT :a::int + :b::int AS s, :a::text AS a');
$named->bind_param(':a', 40);
$named->bind_param(':b', 2);
$named->execute;
say_rows('named placeholders', $named->fetchall_arrayref);

# Orders, then a join with an aggregate.
my $ord = $dbh->prepare('INSERT INTO c35p_orders (customer_id, total) VALUES (?, ?) RETURNING id, placed');
for my $t ([1, '19.99'], [1, '5.01'], [3, '100.00']) {
  $ord->execute(@$t);
  say_rows('order', $ord->fetchall_arrayref);
}
print 'last_insert_id orders: ', $dbh->last_insert_id(undef, 'public', 'c35p_orders', 'id'), "\n";
say_rows('totals', $dbh->selectall_arrayref(q{SELECT c.name, count(o.id), sum(o.total), max(o.placed)
  FROM c35p_customers c LEFT JOIN c35p_orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY c.name}));
say_rows('array ops', $dbh->selectall_arrayref(q{SELECT name FROM c35p_customers WHERE ? = ANY (tags) OR tags @> ?::text[] ORDER BY 1}, undef, 'vip', ['a,b']));
my $h = $dbh->selectall_hashref('SELECT id, name FROM c35p_customers', 'id');
print 'hashref: ', join(',', map { "$_=$h->{$_}{name}" } sort keys %$h), "\n";
print 'selectcol: ', join(',', @{ $dbh->selectcol_arrayref('SELECT id FROM c35p_customers ORDER BY id DESC') }), "\n";

# COPY in and out.
$dbh->do('COPY c35p_lines (order_id, n, sku, qty) FROM STDIN');
$dbh->pg_putcopydata("1\t1\tSKU-1\t2\n");
$dbh->pg_putcopydata("1\t2\tSKU-\\t2\t1\n");
$dbh->pg_putcopydata("3\t1\tSKU-3\t5\n");
$dbh->pg_putcopyend();
$dbh->do('COPY (SELECT order_id, n, sku, qty FROM c35p_lines ORDER BY 1, 2) TO STDOUT WITH (FORMAT csv, HEADER)');
my ($line, @copied);
push @copied, $line while $dbh->pg_getcopydata($line) >= 0;
print 'copy out: ', join('', @copied);

# Transactions, savepoints, errors.
$dbh->begin_work;
$dbh->do('UPDATE c35p_orders SET total = total + 1 WHERE customer_id = ?', undef, 1);
$dbh->pg_savepoint('sp1');
eval { $dbh->do('INSERT INTO c35p_customers (name) VALUES (?)', undef, 'Ann'); 1 } or print 'unique: ', $dbh->state, ' ', $dbh->err, "\n";
$dbh->pg_rollback_to('sp1');
$dbh->pg_release('sp1');
$dbh->commit;
eval { $dbh->do('INSERT INTO c35p_orders (customer_id, total) VALUES (99, 1)'); 1 } or print 'fk: ', $dbh->state, "\n";
eval { $dbh->do('INSERT INTO c35p_orders (customer_id, total) VALUES (1, -1)'); 1 } or print 'check: ', $dbh->state, "\n";
eval { $dbh->do('INSERT INTO c35p_customers (name) VALUES (NULL)'); 1 } or print 'not null: ', $dbh->state, "\n";
eval { $dbh->selectall_arrayref('SELECT nope FROM c35p_customers'); 1 } or print 'undefined column: ', $dbh->state, "\n";
eval { $dbh->selectall_arrayref('SELECT 1/0'); 1 } or print 'division: ', $dbh->state, "\n";
eval { $dbh->selectall_arrayref('SELEC 1'); 1 } or print 'syntax: ', $dbh->state, "\n";
$dbh->begin_work;
eval { $dbh->do('SELECT * FROM c35p_missing'); 1 } or print 'missing: ', $dbh->state, "\n";
eval { $dbh->do('SELECT 1'); 1 } or print 'aborted: ', $dbh->state, "\n";
$dbh->rollback;
say_rows('after', $dbh->selectall_arrayref('SELECT customer_id, total FROM c35p_orders ORDER BY id'));
$dbh->{AutoCommit} = 0;
$dbh->do('DELETE FROM c35p_lines WHERE order_id = 3');
$dbh->rollback;
$dbh->{AutoCommit} = 1;
print 'lines: ', $dbh->selectrow_array('SELECT count(*) FROM c35p_lines'), "\n";

# The catalog methods.
sub info_rows {
  my ($label, $sth, @cols) = @_;
  print "$label:\n";
  return print "  (none)\n" unless $sth;
  while (my $r = $sth->fetchrow_hashref) {
    print '  ', row(map { $r->{$_} } @cols), "\n";
  }
}
info_rows('table_info', $dbh->table_info(undef, 'public', 'c35p%', 'TABLE'), qw(TABLE_SCHEM TABLE_NAME TABLE_TYPE REMARKS));
info_rows('table_info views', $dbh->table_info(undef, 'pg_catalog', 'pg_roles', 'SYSTEM VIEW'), qw(TABLE_SCHEM TABLE_NAME TABLE_TYPE));
my $schemas = $dbh->table_info('', '%', '', '');
my %seen;
while (my $r = $schemas->fetchrow_hashref) { $seen{ $r->{TABLE_SCHEM} } = 1 }
print 'schemas: ', join(',', grep { /^(public|pg_catalog|information_schema)$/ } sort keys %seen), "\n";
my $types = $dbh->table_info('', '', '', '%');
my @types;
while (my $r = $types->fetchrow_hashref) { push @types, $r->{TABLE_TYPE} }
print 'table types: ', join(',', sort @types), "\n";
info_rows('column_info', $dbh->column_info(undef, 'public', 'c35p_%', '%'),
  qw(TABLE_NAME COLUMN_NAME DATA_TYPE TYPE_NAME COLUMN_SIZE DECIMAL_DIGITS NULLABLE COLUMN_DEF ORDINAL_POSITION IS_NULLABLE pg_type));
info_rows('primary_key_info', $dbh->primary_key_info(undef, 'public', 'c35p_lines'), qw(TABLE_NAME COLUMN_NAME KEY_SEQ PK_NAME DATA_TYPE));
print 'primary_key: ', join(',', $dbh->primary_key(undef, 'public', 'c35p_lines')), "\n";
info_rows('foreign_key_info', $dbh->foreign_key_info(undef, 'public', 'c35p_customers', undef, 'public', 'c35p_orders'),
  qw(UK_TABLE_NAME UK_COLUMN_NAME FK_TABLE_NAME FK_COLUMN_NAME ORDINAL_POSITION UPDATE_RULE DELETE_RULE FK_NAME UK_NAME DEFERRABILITY UNIQUE_OR_PRIMARY));
info_rows('foreign_key_info by fk table', $dbh->foreign_key_info(undef, undef, undef, undef, 'public', 'c35p_lines'),
  qw(UK_TABLE_NAME UK_COLUMN_NAME FK_TABLE_NAME FK_COLUMN_NAME FK_NAME UK_NAME));
info_rows('statistics_info', $dbh->statistics_info(undef, 'public', 'c35p_orders', 0, 0),
  qw(TABLE_NAME NON_UNIQUE INDEX_NAME TYPE ORDINAL_POSITION COLUMN_NAME ASC_OR_DESC));
my @tables = $dbh->tables(undef, 'public', 'c35p%', 'TABLE');
print 'tables: ', join(',', sort @tables), "\n";
print 'quote: ', $dbh->quote("it's"), ' ', $dbh->quote_identifier('Mixed Case'), "\n";
my $ti = $dbh->type_info(DBI::SQL_INTEGER);
print 'type_info integer: ', $ti->{TYPE_NAME}, "\n";
print 'ping: ', $dbh->ping, "\n";

$dbh->do('DROP TABLE c35p_lines, c35p_orders, c35p_customers');
$dbh->disconnect;
print "done\n";
