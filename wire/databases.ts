/**
 * The databases the server serves: the default one, at the data directory's top, under every name
 * --databases gives it, and those CREATE DATABASE made, each a set of replicas of its own under
 * `base/<oid>/` beside its `database.json`. A database is listed once its replicas are made and
 * its `database.json` is on disk; a directory without one (a CREATE DATABASE cut short) or marked
 * dropped is removed at startup.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgError, SqlState } from '../pg/errors.js';
import { DATABASE_OID } from '../dialect/catalog/oids.js';
import type { CreateDatabase, DatabaseOptions, DropDatabase, RenameDatabase } from '../dialect/translate/databases.js';
import type { ServedDatabase } from './database.js';
import type { DatabaseEntry, SessionContext } from '../dialect/plan.js';

/** PostgreSQL's first OID for objects made after initdb: new databases draw theirs from here. */
const FIRST_OID = 16384;
const MANIFEST = 'database.json';
const DROPPED = '.dropped';

export interface DatabasesOptions {
  dataDir: string;
  /** The names the default database answers to; the first is the one other databases list it by. */
  defaultNames: string[];
  /** Databases CREATE DATABASE may make, at most. */
  max: number;
  /** Why CREATE DATABASE cannot be served (a cluster over NATS), or null. */
  refuseCreate: string | null;
  /** Replicas per database: a copied template gives each one its copy. */
  replicas: number;
  /** Makes the database of `entry` over the replica files in `dir` (not yet opened). */
  make: (entry: DatabaseEntry, dir: string | null) => ServedDatabase;
}

/** A connection, as DROP DATABASE sees those of the database it drops. */
export interface DatabaseSession {
  /** Ends the session with this error (FATAL) and settles once it has rolled back. */
  terminate(err: PgError): Promise<void>;
}

export class Databases {
  readonly default: ServedDatabase;
  private readonly created = new Map<string, ServedDatabase>();
  /** Names a CREATE DATABASE is making now: another of the same name is refused. */
  private readonly making = new Set<string>();
  /** pg_database's rows beyond the templates: null while the default database is the only one. */
  private listed: DatabaseEntry[] | null = null;

  constructor(private readonly options: DatabasesOptions) {
    this.default = options.make({ oid: DATABASE_OID, name: options.defaultNames[0] ?? 'postgres', connectionLimit: -1, allowConnections: true, isTemplate: false }, null);
  }

  private get base(): string {
    return join(this.options.dataDir, 'base');
  }

  /** Opens the default database and every one made before. */
  async open(): Promise<void> {
    await this.default.open();
    // The default database's `database.json`, at the data directory's top, holds only what ALTER DATABASE … SET and COMMENT gave it.
    const own = join(this.options.dataDir, MANIFEST);
    if (existsSync(own)) {
      const { settings, comment } = JSON.parse(readFileSync(own, 'utf8')) as Partial<DatabaseEntry>;
      Object.assign(this.default.entry, settings ? { settings } : {}, comment !== undefined ? { comment } : {});
      this.relist();
    }
    if (this.options.refuseCreate !== null || !existsSync(this.base)) return;
    for (const name of readdirSync(this.base)) {
      const dir = join(this.base, name);
      const manifest = join(dir, MANIFEST);
      if (!/^\d+$/.test(name) || !existsSync(manifest)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      const entry = { ...(JSON.parse(readFileSync(manifest, 'utf8')) as Omit<DatabaseEntry, 'oid'>), oid: Number(name) };
      const db = this.options.make(entry, dir);
      await db.open();
      this.created.set(entry.name, db);
    }
    this.relist();
  }

  async close(): Promise<void> {
    await Promise.all([this.default, ...this.created.values()].map((db) => db.close()));
  }

  /** The database a client connecting to `name` gets, or undefined. */
  find(name: string): ServedDatabase | undefined {
    return this.options.defaultNames.includes(name) ? this.default : this.created.get(name);
  }

  /** pg_database's rows of the server's databases (templates aside), or null while there is only the default one. */
  list(): readonly DatabaseEntry[] | null {
    return this.listed;
  }

  private relist(): void {
    const described = this.default.entry.settings !== undefined || this.default.entry.comment !== undefined;
    this.listed = this.created.size || described ? [this.default.entry, ...[...this.created.values()].map((db) => db.entry)] : null;
  }

  private exists(name: string): boolean {
    return name === 'template0' || this.find(name) !== undefined || this.making.has(name);
  }

  /**
   * CREATE DATABASE, empty (template0, template1) or a copy of TEMPLATE's database, which no session
   * but the one asking (`self`) may be in, as PostgreSQL's createdb() checks: the copy is a verified
   * snapshot taken through its replicas (as evsql_backup() takes one), one copy per replica.
   */
  async create(spec: CreateDatabase, ctx: SessionContext, self: DatabaseSession, sessionsIn: (db: ServedDatabase) => DatabaseSession[]): Promise<void> {
    if (this.options.refuseCreate !== null) throw new PgError(SqlState.featureNotSupported, `CREATE DATABASE is not supported by evsql ${this.options.refuseCreate}`);
    if (this.exists(spec.name)) throw new PgError(SqlState.duplicateDatabase, `database "${spec.name}" already exists`);
    const source = spec.template === null || spec.template === 'template0' ? null : this.find(spec.template);
    if (source === undefined) throw new PgError(SqlState.invalidCatalogName, `template database "${spec.template}" does not exist`);
    const others = source ? sessionsIn(source).filter((s) => s !== self).length : 0;
    if (others) throw inUse(spec.template!, others, 'source database');
    if (this.created.size + this.making.size >= this.options.max) {
      throw new PgError(SqlState.configurationLimitExceeded, `evsql serves at most ${this.options.max} databases besides its default one (--max-databases)`);
    }
    const entry: DatabaseEntry = { oid: this.nextOid(), name: spec.name, connectionLimit: spec.connectionLimit, allowConnections: spec.allowConnections, isTemplate: spec.isTemplate };
    const dir = join(this.base, String(entry.oid));
    this.making.add(spec.name);
    try {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      if (source) await copyReplicas(source, dir, this.options.replicas, ctx).catch((err: unknown) => {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      });
      const db = this.options.make(entry, dir);
      try {
        await db.open();
        writeManifest(dir, entry);
      } catch (err) {
        await db.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
      this.created.set(spec.name, db);
      this.relist();
    } finally {
      this.making.delete(spec.name);
    }
  }

  /**
   * DROP DATABASE: refused for the database the session is in (`current`), and while other
   * sessions are in it unless FORCE, which terminates them first. Returns its notices.
   */
  async drop(spec: DropDatabase, current: ServedDatabase, sessionsIn: (db: ServedDatabase) => DatabaseSession[]): Promise<PgError[]> {
    const db = this.find(spec.name);
    if (!db) {
      if (spec.name === 'template0') throw new PgError(SqlState.wrongObjectType, 'cannot drop a template database');
      if (!spec.missingOk) throw new PgError(SqlState.invalidCatalogName, `database "${spec.name}" does not exist`);
      return [new PgError(SqlState.successfulCompletion, `database "${spec.name}" does not exist, skipping`, { severity: 'NOTICE' })];
    }
    if (db.entry.isTemplate || spec.name === 'template1') throw new PgError(SqlState.wrongObjectType, 'cannot drop a template database');
    if (db === current) throw new PgError(SqlState.objectInUse, 'cannot drop the currently open database');
    if (db === this.default) throw new PgError(SqlState.featureNotSupported, `dropping the default database "${spec.name}" is not supported by evsql`);
    const others = sessionsIn(db);
    if (others.length && !spec.force) throw inUse(spec.name, others.length);
    // Gone from the list first: no session connects to it while it closes.
    this.created.delete(spec.name);
    this.relist();
    await Promise.all(others.map((s) => s.terminate(new PgError(SqlState.adminShutdown, 'terminating connection due to administrator command', { severity: 'FATAL' }))));
    await db.close();
    const dir = join(this.base, String(db.entry.oid));
    renameSync(dir, dir + DROPPED);
    rmSync(dir + DROPPED, { recursive: true, force: true });
    return [];
  }

  /** ALTER DATABASE … RENAME TO: of a database no session is in, and not the one the session is in. */
  async rename(spec: RenameDatabase, current: ServedDatabase, sessionsIn: (db: ServedDatabase) => DatabaseSession[]): Promise<void> {
    const db = this.find(spec.name);
    if (!db) throw new PgError(SqlState.invalidCatalogName, `database "${spec.name}" does not exist`);
    if (this.exists(spec.newName)) throw new PgError(SqlState.duplicateDatabase, `database "${spec.newName}" already exists`);
    if (db === current) throw new PgError(SqlState.featureNotSupported, 'current database cannot be renamed');
    if (db === this.default) throw new PgError(SqlState.featureNotSupported, `renaming the default database "${spec.name}" is not supported by evsql (--databases names it)`);
    const others = sessionsIn(db).length;
    if (others) throw inUse(spec.name, others);
    writeManifest(join(this.base, String(db.entry.oid)), { ...db.entry, name: spec.newName });
    db.entry.name = spec.newName;
    this.created.delete(spec.name);
    this.created.set(spec.newName, db);
    this.relist();
  }

  /** ALTER DATABASE … WITH CONNECTION LIMIT, ALLOW_CONNECTIONS, IS_TEMPLATE: kept in its `database.json`; sessions in it stay. */
  alter(spec: DatabaseOptions): void {
    const db = this.find(spec.name);
    if (!db) throw new PgError(SqlState.invalidCatalogName, `database "${spec.name}" does not exist`);
    if (!Object.keys(spec.changes).length) return;
    if (db === this.default) throw new PgError(SqlState.featureNotSupported, `changing the default database "${spec.name}" is not supported by evsql`);
    const entry = { ...db.entry, ...spec.changes };
    writeManifest(join(this.base, String(entry.oid)), entry);
    Object.assign(db.entry, spec.changes);
    this.relist();
  }

  /**
   * ALTER DATABASE … SET / RESET and COMMENT ON DATABASE: `change` edits the entry (and may refuse
   * it), which its `database.json` keeps; sessions that connect after start from its settings.
   */
  describe(name: string, change: (entry: DatabaseEntry) => void): void {
    const db = this.find(name);
    if (!db) throw new PgError(SqlState.invalidCatalogName, `database "${name}" does not exist`);
    const entry = { ...db.entry };
    change(entry);
    // No settings left (RESET ALL) is none at all, as pg_db_role_setting then has no row.
    if (!entry.settings?.length) entry.settings = undefined;
    writeManifest(db === this.default ? this.options.dataDir : join(this.base, String(entry.oid)), entry);
    Object.assign(db.entry, { settings: entry.settings, comment: entry.comment });
    this.relist();
  }

  private nextOid(): number {
    let oid = FIRST_OID;
    for (const db of this.created.values()) oid = Math.max(oid, db.entry.oid + 1);
    if (existsSync(this.base)) for (const name of readdirSync(this.base)) if (/^\d+/.test(name)) oid = Math.max(oid, parseInt(name, 10) + 1);
    return oid;
  }
}

/** `source`'s verified copy as every replica's file in `dir`. */
async function copyReplicas(source: ServedDatabase, dir: string, replicas: number, ctx: SessionContext): Promise<void> {
  const copy = join(dir, 'template.sqlite');
  await source.backups.take(copy, ctx);
  for (let i = 0; i < replicas; i++) copyFileSync(copy, join(dir, `replica-${i}.sqlite`));
  unlinkSync(copy);
}

function inUse(name: string, sessions: number, what = 'database'): PgError {
  return new PgError(SqlState.objectInUse, `${what} "${name}" is being accessed by other users`, { detail: `There ${sessions === 1 ? 'is 1 other session' : `are ${sessions} other sessions`} using the database.` });
}

/** `database.json`, written whole or not at all: its presence is what makes the database exist. */
function writeManifest(dir: string, entry: DatabaseEntry): void {
  const kept = { name: entry.name, connectionLimit: entry.connectionLimit, allowConnections: entry.allowConnections, isTemplate: entry.isTemplate, settings: entry.settings, comment: entry.comment };
  const path = join(dir, MANIFEST);
  writeFileSync(`${path}.tmp`, JSON.stringify(kept) + '\n', { flush: true });
  renameSync(`${path}.tmp`, path);
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
