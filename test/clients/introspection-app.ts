/**
 * ORMs reading a schema they did not make: one written in SQL (a schema besides public, an enum,
 * serial and identity keys, a composite key, foreign keys with actions, CHECK and UNIQUE
 * constraints, plain, DESC, partial and expression indexes, a view, comments). drizzle-kit pull
 * writes its TypeScript schema from it; TypeORM's schema diff of entities for it, then after
 * synchronize (which drops the foreign key no entity declares, in the other schema); Sequelize's
 * queryInterface describes it (describeTable, showAllSchemas, showIndex, foreign keys) and
 * sync({ alter: true }) twice beside it; knex's hasTable/hasColumn/columnInfo. Prints what it sees.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import knexFactory from 'knex';
import pg from 'pg';
import { DataTypes, Sequelize } from 'sequelize';
import { DataSource, EntitySchema } from 'typeorm';

const ROOT = join(import.meta.dirname, '../..');

const SCHEMA = `
create schema inapp;
create type in_mood as enum ('sad', 'ok', 'happy');
create table in_customers (id serial primary key, name text not null, email varchar(120) unique, mood in_mood default 'ok', created timestamptz default now(), balance numeric(12,2) default 0 check (balance >= 0), active boolean not null default true);
create table in_orders (
  id bigint generated always as identity primary key,
  customer_id int not null references in_customers(id) on delete cascade,
  amount numeric(10,2) not null default 0,
  code char(8),
  note varchar(200),
  qty int default 1,
  tags text[],
  data jsonb,
  placed date default current_date,
  constraint in_orders_code_uq unique (code),
  constraint in_qty_pos check (qty > 0)
);
create table in_items (order_id bigint references in_orders(id) on update cascade, line int, sku text not null, price real, primary key (order_id, line));
create index in_orders_placed_idx on in_orders (placed desc);
create index in_customers_lower_name on in_customers (lower(name));
create unique index in_items_sku_idx on in_items (sku) where price is not null;
create view in_customer_names as select id, name from in_customers;
comment on table in_customers is 'the customers';
comment on column in_customers.name is 'full name';
create table inapp.in_things (id serial primary key, label text unique, customer_id int references in_customers(id));
`;

async function makeSchema(config: pg.ClientConfig): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    for (const statement of SCHEMA.split(';\n').filter((s) => s.trim())) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** drizzle-kit pull as a user runs it: the schema.ts it writes. */
async function drizzlePull(url: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'evsql-drizzle-pull-'));
  try {
    const args = ['pull', '--dialect', 'postgresql', '--url', url, '--out', out, '--tablesFilter', 'in_*', '--schemaFilters', 'public,inapp'];
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/drizzle-kit'), args, { cwd: ROOT, timeout: 60_000 });
    return readFileSync(join(out, 'schema.ts'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const Customer = new EntitySchema<object>({
  name: 'InCustomer',
  tableName: 'in_customers',
  columns: {
    id: { type: 'int', primary: true, generated: 'increment' },
    name: { type: 'text' },
    email: { type: 'varchar', length: 120, nullable: true, unique: true },
    mood: { type: 'enum', enum: ['sad', 'ok', 'happy'], enumName: 'in_mood', default: 'ok', nullable: true },
    created: { type: 'timestamptz', nullable: true, default: () => 'now()' },
    balance: { type: 'numeric', precision: 12, scale: 2, nullable: true, default: 0 },
    active: { type: 'boolean', default: true },
  },
  checks: [{ name: 'in_customers_balance_check', expression: 'balance >= 0' }],
});
const Order = new EntitySchema<object>({
  name: 'InOrder',
  tableName: 'in_orders',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'identity', generatedIdentity: 'ALWAYS' },
    customer_id: { type: 'int' },
    amount: { type: 'numeric', precision: 10, scale: 2, default: 0 },
    code: { type: 'char', length: 8, nullable: true },
    note: { type: 'varchar', length: 200, nullable: true },
    qty: { type: 'int', nullable: true, default: 1 },
    tags: { type: 'text', array: true, nullable: true },
    data: { type: 'jsonb', nullable: true },
    placed: { type: 'date', nullable: true, default: () => 'CURRENT_DATE' },
  },
  uniques: [{ name: 'in_orders_code_uq', columns: ['code'] }],
  checks: [{ name: 'in_qty_pos', expression: 'qty > 0' }],
  indices: [{ name: 'in_orders_placed_idx', columns: ['placed'] }],
  relations: { customer: { type: 'many-to-one', target: 'InCustomer', joinColumn: { name: 'customer_id', foreignKeyConstraintName: 'in_orders_customer_id_fkey' }, onDelete: 'CASCADE' } },
});
const Thing = new EntitySchema<object>({
  name: 'InThing',
  tableName: 'in_things',
  schema: 'inapp',
  columns: { id: { type: 'int', primary: true, generated: 'increment' }, label: { type: 'text', nullable: true, unique: true }, customer_id: { type: 'int', nullable: true } },
});

/** TypeORM's pending statements for the entities, before and after synchronize. */
async function typeormDiff(config: pg.ClientConfig, out: string[]): Promise<void> {
  for (const when of ['before', 'after']) {
    const ds = new DataSource({ type: 'postgres', host: String(config.host), port: Number(config.port), username: String(config.user), database: String(config.database), entities: [Customer, Order, Thing] });
    await ds.initialize();
    try {
      const pending = (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
      out.push(`typeorm ${when} synchronize: ${pending.length} statements`, ...pending);
      if (when === 'before') await ds.synchronize();
    } finally {
      await ds.destroy();
    }
  }
}

async function sequelizeDescribe(config: pg.ClientConfig, out: string[]): Promise<void> {
  const statements: string[] = [];
  const sequelize = new Sequelize(String(config.database), String(config.user), '', { host: String(config.host), port: Number(config.port), dialect: 'postgres', logging: (s) => statements.push(s.replace(/^Executing \([^)]*\): /, '')) });
  try {
    const qi = sequelize.getQueryInterface();
    out.push(`showAllSchemas ${JSON.stringify(await qi.showAllSchemas())}`);
    for (const table of ['in_customers', 'in_orders', 'in_items']) out.push(`describeTable ${table} ${JSON.stringify(await qi.describeTable(table))}`);
    out.push(`describeTable inapp.in_things ${JSON.stringify(await qi.describeTable({ tableName: 'in_things', schema: 'inapp' }))}`);
    out.push(`showIndex in_orders ${JSON.stringify(await qi.showIndex('in_orders'))}`);
    // Its catalog name is the database's: the same on both once named so.
    const references = (await qi.getForeignKeyReferencesForTable('in_items')) as unknown as Array<Record<string, unknown>>;
    out.push(`foreign keys in_items ${JSON.stringify(references.map((r) => ({ ...r, constraintCatalog: null, tableCatalog: null, referencedTableCatalog: null })))}`);
    sequelize.define('InWidget', { name: { type: DataTypes.STRING(40), allowNull: false, unique: true }, kind: { type: DataTypes.ENUM('a', 'b'), defaultValue: 'a' }, price: DataTypes.DECIMAL(8, 2), customerId: { type: DataTypes.INTEGER, references: { model: 'in_customers', key: 'id' } } }, { tableName: 'in_widgets' });
    await sequelize.sync({ alter: true });
    const before = statements.length;
    await sequelize.sync({ alter: true });
    out.push(`second sync: ${statements.slice(before).filter((s) => /^(ALTER|CREATE|DROP|DO)\b/.test(s)).length} changes`);
  } finally {
    await sequelize.close();
  }
}

async function knexProbe(config: pg.ClientConfig, out: string[]): Promise<void> {
  const knex = knexFactory({ client: 'pg', connection: { host: String(config.host), port: Number(config.port), user: String(config.user), database: String(config.database) }, pool: { min: 0, max: 1 } });
  try {
    out.push(`knex hasTable ${await knex.schema.hasTable('in_orders')} ${await knex.schema.hasTable('in_things')} ${await knex.schema.withSchema('inapp').hasTable('in_things')}`);
    out.push(`knex hasColumn ${await knex.schema.hasColumn('in_orders', 'placed')} ${await knex.schema.hasColumn('in_orders', 'nosuch')}`);
    out.push(`knex columnInfo ${JSON.stringify(await knex('in_orders').columnInfo())}`);
    out.push(`knex columnInfo inapp ${JSON.stringify(await knex.withSchema('inapp').table('in_things').columnInfo())}`);
  } finally {
    await knex.destroy();
  }
}

export async function introspectionProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  await makeSchema(config);
  out.push(`drizzle-kit pull:\n${await drizzlePull(`postgres://${config.user}@${config.host}:${config.port}/${config.database}`)}`);
  await knexProbe(config, out);
  await sequelizeDescribe(config, out);
  await typeormDiff(config, out);
  return out;
}
