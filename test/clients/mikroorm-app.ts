/**
 * MikroORM 6 (@mikro-orm/postgresql over knex and pg): the schema generator creates the schema
 * from entities and finds nothing to update the second time, drops it; the migrator writes the
 * initial migration from the entities, runs it, finds nothing more to migrate, rolls it back and
 * runs it again; then the entity manager: a graph persisted in one flush (one-to-many,
 * many-to-many, a native enum, a text[], json and numeric columns), finds with populate,
 * filters, ordering and paging, the query builder, updates and removes through the unit of work,
 * em.transactional committed and rolled back, a unique violation. Prints what it sees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Collection, EntitySchema, MikroORM, raw, UniqueConstraintViolationException, type Rel } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type pg from 'pg';

class Author {
  id!: number;
  name!: string;
  email!: string;
  role: 'writer' | 'editor' = 'writer';
  tags: string[] = [];
  createdAt = new Date('2024-05-01T10:00:00Z');
  books = new Collection<Book>(this);
}
class Book {
  id!: number;
  title!: string;
  price = '0.00';
  meta?: Record<string, unknown>;
  author!: Rel<Author>;
  labels = new Collection<Label>(this);
}
class Label {
  id!: number;
  text!: string;
}

const AuthorSchema = new EntitySchema<Author>({
  class: Author,
  tableName: 'mo_authors',
  properties: {
    id: { type: 'number', primary: true },
    name: { type: 'string', length: 80 },
    email: { type: 'string', unique: true },
    role: { enum: true, items: ['writer', 'editor'], nativeEnumName: 'mo_role', default: 'writer' },
    tags: { type: 'string[]' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    books: { kind: '1:m', entity: () => Book, mappedBy: 'author', orphanRemoval: true },
  },
});
const BookSchema = new EntitySchema<Book>({
  class: Book,
  tableName: 'mo_books',
  indexes: [{ properties: ['author', 'title'] }],
  properties: {
    id: { type: 'number', primary: true },
    title: { type: 'string' },
    price: { type: 'decimal', precision: 10, scale: 2, default: 0 },
    meta: { type: 'json', nullable: true },
    author: { kind: 'm:1', entity: () => Author, deleteRule: 'cascade' },
    labels: { kind: 'm:n', entity: () => Label, pivotTable: 'mo_book_labels' },
  },
});
const LabelSchema = new EntitySchema<Label>({
  class: Label,
  tableName: 'mo_labels',
  properties: { id: { type: 'number', primary: true }, text: { type: 'string', unique: true } },
});

export async function mikroOrmProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  // The migration files it writes import @mikro-orm/migrations: they must lie under node_modules' reach.
  const migrations = mkdtempSync(join(import.meta.dirname, '.mikro-orm-migrations-'));
  const orm = await MikroORM.init({
    entities: [AuthorSchema, BookSchema, LabelSchema],
    host: String(config.host),
    port: Number(config.port),
    user: String(config.user),
    dbName: String(config.database),
    extensions: [Migrator],
    migrations: { path: migrations, emit: 'cjs', snapshot: false, silent: true },
    pool: { min: 0, max: 2 },
    discovery: { warnWhenNoEntities: false },
  });
  try {
    const lines = (sql: string) => sql.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('set '));
    const created = await orm.schema.getCreateSchemaSQL({ wrap: false });
    await orm.schema.createSchema();
    out.push(`schema create: ${lines(created).length} statements`);
    out.push(`schema update after create: ${JSON.stringify(lines(await orm.schema.getUpdateSchemaSQL({ wrap: false })))}`);
    await orm.schema.dropSchema();
    out.push(`schema update after drop: ${lines(await orm.schema.getUpdateSchemaSQL({ wrap: false })).length} statements`);

    const migrator = orm.getMigrator();
    const initial = await migrator.createMigration();
    out.push(`migration up: ${initial.diff.up.filter((s) => s !== '').join(' | ')}`);
    out.push(`migrated: ${(await migrator.up()).length}, pending ${(await migrator.getPendingMigrations()).length}`);
    out.push(`migration needed: ${await migrator.checkMigrationNeeded()}, next diff ${JSON.stringify((await migrator.createMigration()).diff)}`);
    out.push(`rolled back: ${(await migrator.down()).length}, schema to create again ${lines(await orm.schema.getUpdateSchemaSQL({ wrap: false })).length} statements`);
    out.push(`migrated again: ${(await migrator.up()).length}, executed ${(await migrator.getExecutedMigrations()).length}`);

    const em = orm.em.fork();
    const [sql, raft] = [em.create(Label, { text: 'sql' }), em.create(Label, { text: 'raft' })];
    const ann = em.create(Author, { name: 'Ann', email: 'ann@example.com', role: 'editor', tags: ['db', 'replication'] });
    const bob = em.create(Author, { name: 'Bob', email: 'bob@example.com' });
    em.create(Book, { title: 'Replicated SQLite', price: '29.90', meta: { pages: 320, formats: ['pdf'] }, author: ann, labels: [sql, raft] });
    em.create(Book, { title: 'Wire protocols', price: '15.00', author: ann, labels: [sql] });
    em.create(Book, { title: 'Consensus', price: '42.50', author: bob, labels: [raft] });
    await em.flush();
    out.push(`flushed ids ${ann.id > 0} ${bob.id > ann.id}`);

    const read = orm.em.fork();
    const books = await read.find(Book, { price: { $gte: 15 }, author: { role: 'editor' } }, { populate: ['author', 'labels'], orderBy: { title: 'desc' }, limit: 5, offset: 0 });
    out.push(`find ${books.map((b) => `${b.title}/${b.price}/${b.author.name}/${b.labels.getItems().map((l) => l.text).sort().join('+')}`).join(', ')}`);
    const [page, total] = await read.findAndCount(Book, {}, { orderBy: { id: 'asc' }, limit: 1, offset: 1 });
    out.push(`findAndCount ${page.map((b) => b.title).join(',')} of ${total}`);
    const withTag = await read.find(Author, { tags: { $contains: ['db'] } });
    out.push(`array contains ${withTag.map((a) => a.name).join(',')}`);
    const byLabel = await read.find(Book, { labels: { text: 'raft' } }, { orderBy: { title: 'asc' } });
    out.push(`by label ${byLabel.map((b) => b.title).join(',')}`);
    const annAgain = await read.findOneOrFail(Author, { email: 'ann@example.com' }, { populate: ['books'] });
    out.push(`populated ${annAgain.name} ${annAgain.role} ${annAgain.tags.join('+')} ${annAgain.createdAt.toISOString()} books ${annAgain.books.count()}`);
    const qb = read.createQueryBuilder(Book, 'b').select(['a.name', raw('count(b.id) as n'), raw('sum(b.price) as total')]).join('b.author', 'a').groupBy('a.name').orderBy({ 'a.name': 'asc' });
    out.push(`query builder ${JSON.stringify(await qb.execute())}`);

    const write = orm.em.fork();
    const consensus = await write.findOneOrFail(Book, { title: 'Consensus' }, { populate: ['labels'] });
    consensus.price = '39.99';
    consensus.meta = { pages: 12 };
    consensus.labels.add(write.getReference(Label, sql.id));
    await write.flush();
    const again = await orm.em.fork().findOneOrFail(Book, { title: 'Consensus' }, { populate: ['labels'] });
    out.push(`updated ${again.price} ${JSON.stringify(again.meta)} labels ${again.labels.getItems().map((l) => l.text).sort().join('+')}`);

    const moved = await orm.em.fork().transactional(async (tx) => {
      const wire = await tx.findOneOrFail(Book, { title: 'Wire protocols' });
      wire.author = tx.getReference(Author, bob.id);
      return tx.count(Book, { author: bob.id });
    });
    out.push(`transactional committed, Bob has ${moved} inside, after ${await orm.em.fork().count(Book, { author: bob.id })}`);
    const failed = await orm.em
      .fork()
      .transactional(async (tx) => {
        tx.remove(await tx.find(Book, {}));
        await tx.flush();
        throw new Error('changed my mind');
      })
      .catch((err: Error) => err.message);
    out.push(`transactional rolled back: ${failed}, books ${await orm.em.fork().count(Book)}`);

    const dup = orm.em.fork();
    dup.create(Author, { name: 'Ann 2', email: 'ann@example.com' });
    const violation = await dup.flush().then(
      () => 'none',
      (err: unknown) => (err instanceof UniqueConstraintViolationException ? `${err.constructor.name} ${err.code} ${(err as unknown as { constraint: string }).constraint} ${(err as unknown as { detail: string }).detail}` : String(err)),
    );
    out.push(`unique ${violation}`);

    const remover = orm.em.fork();
    const bobLoaded = await remover.findOneOrFail(Author, { email: 'bob@example.com' }, { populate: ['books'] });
    remover.remove(bobLoaded);
    await remover.flush();
    out.push(`removed with books: books ${await orm.em.fork().count(Book)}, book labels ${(await orm.em.getConnection().execute('SELECT count(*)::int AS n FROM mo_book_labels'))[0].n}`);
    await orm.schema.dropSchema({ dropMigrationsTable: true });
  } finally {
    await orm.close(true);
    rmSync(migrations, { recursive: true, force: true });
  }
  return out;
}
