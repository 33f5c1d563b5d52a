<?php
// PHP's PDO with the pgsql driver (Debian's php-cli, php-pgsql) as a PHP application uses it:
// native (server-side) prepared statements and emulated ones, lastInsertId from a serial's sequence,
// transactions with a savepoint, errors with their SQLSTATE, column metadata, large objects left
// aside. It prints what it sees.
$dsn = sprintf('pgsql:host=%s;port=%s;dbname=%s', getenv('PGHOST'), getenv('PGPORT'), getenv('PGDATABASE'));
$db = new PDO($dsn, getenv('PGUSER'), '', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
function out(string $label, $value): void { echo $label, ': ', json_encode($value), "\n"; }

out('server', [$db->getAttribute(PDO::ATTR_DRIVER_NAME), substr($db->getAttribute(PDO::ATTR_SERVER_VERSION), 0, 2)]);
$db->exec('DROP TABLE IF EXISTS pdo_orders');
$db->exec('DROP TABLE IF EXISTS pdo_users');
$db->exec('CREATE TABLE pdo_users (id serial PRIMARY KEY, email varchar(80) UNIQUE NOT NULL, name text, score numeric(6,2), active boolean DEFAULT true, born date, data bytea, meta jsonb, seen timestamptz)');
$db->exec('CREATE TABLE pdo_orders (id bigserial PRIMARY KEY, user_id int REFERENCES pdo_users(id) ON DELETE CASCADE, total numeric(10,2) NOT NULL, placed timestamp DEFAULT now())');

$ins = $db->prepare('INSERT INTO pdo_users (email, name, score, active, born, data, meta, seen) VALUES (:email, :name, :score, :active, :born, :data, :meta, :seen)');
foreach ([['ada@x.org', 'Ada', '12.50', true, '1815-12-10', "\x00\x01\xff", '{"langs": ["en", "fr"]}', '2024-01-02 03:04:05+00'],
          ['bob@x.org', 'Bob', null, false, null, null, null, null],
          ['cy@x.org', "Cy O'Neil", '-3.25', true, '2000-02-29', 'text', '{"n": 1}', '2024-06-30 23:59:59.5+00']] as $u) {
  $ins->bindValue(':email', $u[0]);
  $ins->bindValue(':name', $u[1]);
  $ins->bindValue(':score', $u[2], $u[2] === null ? PDO::PARAM_NULL : PDO::PARAM_STR);
  $ins->bindValue(':active', $u[3], PDO::PARAM_BOOL);
  $ins->bindValue(':born', $u[4]);
  $ins->bindValue(':data', $u[5], $u[5] === null ? PDO::PARAM_NULL : PDO::PARAM_LOB);
  $ins->bindValue(':meta', $u[6]);
  $ins->bindValue(':seen', $u[7]);
  $ins->execute();
  out('insert', [$ins->rowCount(), $db->lastInsertId('pdo_users_id_seq'), $db->lastInsertId()]);
}

$q = $db->prepare('SELECT id, email, name, score, active, born, data, meta, seen FROM pdo_users WHERE id >= ? ORDER BY id');
$q->execute([1]);
for ($i = 0; $i < $q->columnCount(); $i++) {
  $m = $q->getColumnMeta($i);
  out('meta', [$m['name'], $m['native_type'], $m['pdo_type'], $m['len'], $m['precision'], $m['table'] ?? null]);
}
foreach ($q->fetchAll(PDO::FETCH_ASSOC) as $row) {
  if (is_resource($row['data'])) $row['data'] = bin2hex(stream_get_contents($row['data']));
  out('row', $row);
}

$st = $db->prepare('SELECT count(*) AS n, sum(score) AS s, avg(score) AS a, max(born) AS b FROM pdo_users WHERE active = :a');
$st->execute([':a' => 'true']);
out('aggregate', $st->fetch(PDO::FETCH_ASSOC));
$st = $db->prepare('SELECT name FROM pdo_users WHERE email LIKE ? AND name IS NOT NULL ORDER BY name LIMIT ? OFFSET ?');
$st->bindValue(1, '%x.org');
$st->bindValue(2, 2, PDO::PARAM_INT);
$st->bindValue(3, 1, PDO::PARAM_INT);
$st->execute();
out('limit', $st->fetchAll(PDO::FETCH_COLUMN));
out('quote', $db->query('SELECT ' . $db->quote("it's \\ here") . ' AS q')->fetchColumn());
out('json', $db->query("SELECT meta->'langs'->>0 AS l, meta ?? 'n' AS has FROM pdo_users ORDER BY id")->fetchAll(PDO::FETCH_NUM));

// Emulated prepares: PDO substitutes the values into the text and sends a simple query.
$db->setAttribute(PDO::ATTR_EMULATE_PREPARES, true);
$st = $db->prepare('SELECT id, name FROM pdo_users WHERE name = :n OR email = :n ORDER BY id');
$st->execute([':n' => "Cy O'Neil"]);
out('emulated', $st->fetchAll(PDO::FETCH_NUM));
$db->setAttribute(PDO::ATTR_EMULATE_PREPARES, false);

$db->beginTransaction();
$o = $db->prepare('INSERT INTO pdo_orders (user_id, total) VALUES (?, ?) RETURNING id, total');
$o->execute([1, '10.00']);
out('returning', $o->fetch(PDO::FETCH_NUM));
$o->execute([1, '2.50']);
out('lastInsertId bigserial', $db->lastInsertId('pdo_orders_id_seq'));
$db->exec('SAVEPOINT s1');
try {
  $o->execute([99, '1.00']);
} catch (PDOException $e) {
  out('fk', [$e->getCode(), $e->errorInfo[0]]);
  $db->exec('ROLLBACK TO SAVEPOINT s1');
}
out('inTransaction', $db->inTransaction());
$db->commit();
out('orders', $db->query('SELECT user_id, sum(total) FROM pdo_orders GROUP BY user_id')->fetchAll(PDO::FETCH_NUM));

$db->beginTransaction();
$db->exec("UPDATE pdo_users SET name = 'gone'");
$db->rollBack();
out('after rollback', $db->query("SELECT count(*) FROM pdo_users WHERE name = 'gone'")->fetchColumn());

foreach (["INSERT INTO pdo_users (email) VALUES ('ada@x.org')", 'SELECT * FROM pdo_nowhere', 'SELECT 1/0', "SELECT 'x'::int", 'INSERT INTO pdo_users (name) VALUES (NULL)'] as $bad) {
  try {
    $db->exec($bad);
  } catch (PDOException $e) {
    out('error', [$e->getCode(), $e->errorInfo[0]]);
  }
}
try {
  $db->prepare('SELECT * FROM pdo_users WHERE id = ?')->execute(['not a number']);
} catch (PDOException $e) {
  out('bad parameter', $e->getCode());
}
out('exec count', $db->exec('DELETE FROM pdo_users WHERE active = false'));
out('cascade', $db->query('SELECT count(*) FROM pdo_orders')->fetchColumn());
$db->exec('DELETE FROM pdo_users WHERE id = 1');
out('cascade after', $db->query('SELECT count(*) FROM pdo_orders')->fetchColumn());
out('rows', $db->query('SELECT id, email FROM pdo_users ORDER BY id')->fetchAll(PDO::FETCH_KEY_PAIR));

// What database tools built on PDO read (Doctrine DBAL's schema manager asks the catalog these).
out('tables', $db->query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'pdo_%' ORDER BY 1")->fetchAll(PDO::FETCH_COLUMN));
out('columns', $db->query("SELECT column_name, data_type, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale FROM information_schema.columns WHERE table_name = 'pdo_users' ORDER BY ordinal_position")->fetchAll(PDO::FETCH_NUM));
out('constraints', $db->query("SELECT tc.constraint_type, kcu.column_name, ccu.table_name FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name WHERE tc.table_name = 'pdo_orders' ORDER BY 1, 2")->fetchAll(PDO::FETCH_NUM));
out('indexes', $db->query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'pdo_users' ORDER BY 1")->fetchAll(PDO::FETCH_NUM));
$db->exec('DROP TABLE pdo_orders');
$db->exec('DROP TABLE pdo_users');
echo "done\n";
