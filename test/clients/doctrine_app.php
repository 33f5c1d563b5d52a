<?php
// Doctrine DBAL 3.6 (Debian's php-doctrine-dbal) over PDO pgsql, as Symfony and Laravel apps use
// it: a schema built in PHP and created, its introspection by the schema manager (tables,
// columns, indexes, foreign keys, sequences), the comparator finding nothing to change, then a
// change migrated; the query builder and a transaction. It prints what it sees.
require_once '/usr/share/php/Doctrine/DBAL/autoload.php';

use Doctrine\DBAL\DriverManager;
use Doctrine\DBAL\Schema\Schema;

$conn = DriverManager::getConnection(['driver' => 'pdo_pgsql', 'host' => getenv('PGHOST'), 'port' => (int) getenv('PGPORT'), 'user' => getenv('PGUSER'), 'password' => '', 'dbname' => getenv('PGDATABASE')]);
// Only this program's tables: the database may hold others' (with types Doctrine does not map).
$conn->getConfiguration()->setSchemaAssetsFilter(fn ($asset) => str_starts_with(is_string($asset) ? $asset : $asset->getName(), 'dc_'));
$sm = $conn->createSchemaManager();
function out(string $label, $value): void { echo $label, ': ', json_encode($value), "\n"; }

foreach (['dc_line', 'dc_order', 'dc_customer'] as $t) $conn->executeStatement("DROP TABLE IF EXISTS $t");

$schema = new Schema();
$customer = $schema->createTable('dc_customer');
$customer->addColumn('id', 'integer', ['autoincrement' => true]);
$customer->addColumn('email', 'string', ['length' => 120]);
$customer->addColumn('name', 'string', ['length' => 80, 'notnull' => false]);
$customer->addColumn('balance', 'decimal', ['precision' => 10, 'scale' => 2, 'default' => 0]);
$customer->addColumn('active', 'boolean', ['default' => true]);
$customer->addColumn('meta', 'json', ['notnull' => false]);
$customer->addColumn('created', 'datetime_immutable');
$customer->setPrimaryKey(['id']);
$customer->addUniqueIndex(['email'], 'uniq_dc_customer_email');
$order = $schema->createTable('dc_order');
$order->addColumn('id', 'bigint', ['autoincrement' => true]);
$order->addColumn('customer_id', 'integer');
$order->addColumn('placed', 'date');
$order->addColumn('note', 'text', ['notnull' => false]);
$order->setPrimaryKey(['id']);
$order->addIndex(['customer_id', 'placed'], 'idx_dc_order_customer_placed');
$order->addForeignKeyConstraint('dc_customer', ['customer_id'], ['id'], ['onDelete' => 'CASCADE'], 'fk_dc_order_customer');

foreach ($schema->toSql($conn->getDatabasePlatform()) as $sql) {
  $conn->executeStatement($sql);
}

out('tables', array_values(array_filter($sm->listTableNames(), fn ($t) => str_starts_with($t, 'dc_'))));
foreach (['dc_customer', 'dc_order'] as $t) {
  foreach ($sm->listTableColumns($t) as $c) {
    out("column $t", [$c->getName(), $c->getType()->getName(), $c->getLength(), $c->getPrecision(), $c->getScale(), $c->getNotnull(), $c->getDefault(), $c->getAutoincrement()]);
  }
  // In the order of the catalog's rows, which PostgreSQL does not fix either: by name here.
  $indexes = $sm->listTableIndexes($t);
  ksort($indexes);
  foreach ($indexes as $name => $i) {
    out("index $t", [$name, $i->getColumns(), $i->isUnique(), $i->isPrimary()]);
  }
  foreach ($sm->listTableForeignKeys($t) as $fk) {
    out("fk $t", [$fk->getName(), $fk->getLocalColumns(), $fk->getForeignTableName(), $fk->getForeignColumns(), $fk->onDelete()]);
  }
}
out('sequences', array_values(array_filter(array_map(fn ($s) => $s->getName(), $sm->listSequences()), fn ($s) => str_starts_with($s, 'dc_'))));

$comparator = $sm->createComparator();
$current = $sm->createSchema();
$diff = $comparator->compareSchemas($current, $schema);
out('diff after create', array_values(array_filter($conn->getDatabasePlatform()->getAlterSchemaSQL($diff), fn ($s) => str_contains($s, 'dc_'))));

$changed = clone $schema;
$changed->getTable('dc_order')->addColumn('total', 'decimal', ['precision' => 12, 'scale' => 2, 'notnull' => false]);
$changed->getTable('dc_customer')->addIndex(['name'], 'idx_dc_customer_name');
$migration = array_values(array_filter($conn->getDatabasePlatform()->getAlterSchemaSQL($comparator->compareSchemas($sm->createSchema(), $changed)), fn ($s) => str_contains($s, 'dc_')));
out('migration', $migration);
foreach ($migration as $sql) $conn->executeStatement($sql);
out('diff after migration', array_values(array_filter($conn->getDatabasePlatform()->getAlterSchemaSQL($comparator->compareSchemas($sm->createSchema(), $changed)), fn ($s) => str_contains($s, 'dc_'))));

$conn->insert('dc_customer', ['email' => 'ada@x.org', 'name' => 'Ada', 'balance' => '10.50', 'meta' => json_encode(['a' => 1]), 'created' => '2024-01-02 03:04:05']);
$id = (int) $conn->lastInsertId();
$conn->transactional(function ($c) use ($id) {
  $c->insert('dc_order', ['customer_id' => $id, 'placed' => '2024-02-29', 'total' => '3.25']);
  $c->insert('dc_order', ['customer_id' => $id, 'placed' => '2024-03-01']);
});
$qb = $conn->createQueryBuilder();
$rows = $qb->select('c.email', 'COUNT(o.id) AS n', 'SUM(o.total) AS total')->from('dc_customer', 'c')->leftJoin('c', 'dc_order', 'o', 'o.customer_id = c.id')
  ->where('c.active = :a')->setParameter('a', true, 'boolean')->groupBy('c.email')->executeQuery()->fetchAllAssociative();
out('query builder', $rows);
try {
  $conn->insert('dc_customer', ['email' => 'ada@x.org', 'created' => '2024-01-01 00:00:00']);
} catch (Doctrine\DBAL\Exception\UniqueConstraintViolationException $e) {
  out('unique', get_class($e));
}
foreach (['dc_order', 'dc_customer'] as $t) $sm->dropTable($t);
echo "done\n";
