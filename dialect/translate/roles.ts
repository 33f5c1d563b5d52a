/**
 * CREATE / ALTER / DROP ROLE, GRANT / REVOKE and OWNER TO (dialect/catalog/roles.ts keeps what
 * they make). Every session acts as a superuser (the users of the users file, or any user under
 * trust), so a privilege never decides what a statement may do; what these statements record is
 * what PostgreSQL's catalog shows, and the errors are PostgreSQL's.
 *
 * A name that is neither a role made here nor a predefined role may be the session's own user,
 * which the translation (shared by every session) cannot know: a step checks it where the
 * statement runs, against the user of the request, and raises 42704 for another name.
 */
import { lookupRoutine } from './user-functions.js';
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { Step } from '../plan.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';
import type { StoredSetting } from './databases.js';
import { withSetting } from '../../pg/settings.js';
import { typeOfName } from './types.js';
import { formatType } from '../../pg/types/registry.js';
import { AUTHIDS } from '../runtime/catalog/builtin-data.js';
import { BOOTSTRAP_SUPERUSER, DATABASE_OWNER_ROLE } from '../catalog/oids.js';
import { sequenceTableName } from '../catalog/sequences.js';
import {
  ALL_PRIVILEGES,
  type AclItem,
  type AclObject,
  PUBLIC_SCHEMA_ACL,
  objectAclViewName,
  objectAclViewSql,
  PRIVILEGE_LETTERS,
  PUBLIC_ROLE,
  type PrivilegeTarget,
  type RelationAcl,
  type Role,
  defaultAcl,
  newOwnerAcl,
  roleOid,
  roleViewName,
  roleViewSql,
  updateAcl,
} from '../catalog/roles.js';

type Change = { steps: Step[]; notices?: PgError[] };

/** The predefined roles (pg_monitor …), by name: their OIDs are PostgreSQL's. */
const PREDEFINED = new Map(AUTHIDS.rows.filter((r) => Number(r[0]) !== BOOTSTRAP_SUPERUSER).map((r) => [String(r[1]), Number(r[0])]));

const missingRole = (name: string) => new PgError(SqlState.undefinedObject, `role "${name}" does not exist`);
const notice = (message: string, severity: 'NOTICE' | 'WARNING' = 'NOTICE') => new PgError(SqlState.successfulCompletion, message, { severity });

/** A step that fails unless the request's user is `name` (then the name is the bootstrap superuser's, OID 10). */
function sessionUserGuard(name: string, code: string, message: string, when: '<>' | '=' = '<>'): Step {
  return { sql: `SELECT pg_raise_if(pg_current_user() ${when === '<>' ? 'IS NOT' : 'IS'} ${quoteString(name)}, ${quoteString(code)}, ${quoteString(message)})`, params: [] };
}

interface Resolved {
  oid: number;
  name: string;
  /** The role made by CREATE ROLE, when it is one. */
  role?: Role;
  guard?: Step;
}

/** A RoleSpec (or a role's name) as an OID. */
function resolve(schema: TranslatorSchema, spec: Node | string, allowPublic = false): Resolved {
  const node = typeof spec === 'string' ? { roletype: 'ROLESPEC_CSTRING', rolename: spec } : (spec.RoleSpec ?? spec);
  switch (node.roletype) {
    case 'ROLESPEC_PUBLIC':
      if (!allowPublic) throw new PgError(SqlState.undefinedObject, 'role "public" does not exist');
      return { oid: PUBLIC_ROLE, name: 'PUBLIC' };
    case 'ROLESPEC_CSTRING': {
      const name = String(node.rolename);
      const role = schema.role(name);
      if (role) return { oid: role.oid, name, role };
      const predefined = PREDEFINED.get(name);
      if (predefined !== undefined) return { oid: predefined, name };
      return { oid: BOOTSTRAP_SUPERUSER, name, guard: sessionUserGuard(name, SqlState.undefinedObject, `role "${name}" does not exist`) };
    }
    default:
      // CURRENT_USER, SESSION_USER, CURRENT_ROLE: the session's user, never a role made here.
      return { oid: BOOTSTRAP_SUPERUSER, name: '' };
  }
}

function guards(rs: Resolved[]): Step[] {
  return rs.flatMap((r) => (r.guard ? [r.guard] : []));
}

function roleSteps(before: Role | undefined, after: Role | undefined): Step[] {
  const steps: Step[] = [];
  if (before) steps.push({ sql: `DROP VIEW ${quoteIdent(roleViewName(before.name))}`, params: [] });
  if (after) steps.push({ sql: roleViewSql(after, quoteIdent), params: [] });
  return steps;
}

function checkReserved(name: string): void {
  if (name.startsWith('pg_')) throw new PgError(SqlState.reservedName, `role name "${name}" is reserved`, { detail: 'Role names starting with "pg_" are reserved.' });
}

/**
 * What pg_authid.rolpassword keeps of a password, as PostgreSQL 15 (password_encryption
 * scram-sha-256) keeps it: a SCRAM-SHA-256 secret (RFC 5802/7677), or a secret given already
 * hashed as is; an empty password is none.
 */
function passwordSecret(password: string): string | null {
  if (password === '') return null;
  if (/^SCRAM-SHA-256\$/.test(password) || /^md5[0-9a-f]{32}$/.test(password)) return password;
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, 4096, 32, 'sha256');
  const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const stored = createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  return `SCRAM-SHA-256$4096:${salt.toString('base64')}$${stored.toString('base64')}:${hmac(salted, 'Server Key').toString('base64')}`;
}

/** The attributes CREATE and ALTER ROLE set (DefElem names as the parser gives them). */
function applyOptions(r: Role, options: Node[], creating: boolean): { addTo: string[]; members: Node[]; admins: Node[] } {
  const out = { addTo: [] as string[], members: [] as Node[], admins: [] as Node[] };
  const seen = new Set<string>();
  for (const o of options) {
    const d = o.DefElem;
    if (seen.has(d.defname)) throw new PgError(SqlState.syntaxError, 'conflicting or redundant options');
    seen.add(d.defname);
    const flag = () => d.arg?.Boolean?.boolval === true;
    switch (d.defname) {
      case 'superuser':
        r.super = flag();
        break;
      case 'inherit':
        r.inherit = flag();
        break;
      case 'createrole':
        r.createrole = flag();
        break;
      case 'createdb':
        r.createdb = flag();
        break;
      case 'canlogin':
        r.login = flag();
        break;
      case 'isreplication':
        r.replication = flag();
        break;
      case 'bypassrls':
        r.bypassrls = flag();
        break;
      case 'connectionlimit': {
        const n = Number(d.arg?.Integer?.ival ?? 0);
        if (n < -1) throw new PgError(SqlState.invalidParameterValue, `invalid connection limit: ${n}`);
        r.connlimit = n;
        break;
      }
      case 'password':
        r.password = d.arg ? passwordSecret(String(d.arg.String?.sval ?? '')) : null;
        break;
      case 'validUntil':
        r.validUntil = String(d.arg?.String?.sval ?? '');
        break;
      case 'sysid':
        break;
      case 'addroleto':
        if (!creating) throw unsupported('ALTER ROLE … IN ROLE');
        out.addTo = ((d.arg?.List?.items ?? []) as Node[]).map((x) => String(x.RoleSpec.rolename));
        break;
      case 'rolemembers':
        out.members = (d.arg?.List?.items ?? []) as Node[];
        break;
      case 'adminmembers':
        out.admins = (d.arg?.List?.items ?? []) as Node[];
        break;
      default:
        throw unsupported(`the role option ${d.defname}`);
    }
  }
  return out;
}

export function createRole(schema: TranslatorSchema, s: Node): Change {
  const name = String(s.role);
  checkReserved(name);
  if (schema.role(name) || PREDEFINED.has(name)) throw new PgError(SqlState.duplicateObject, `role "${name}" already exists`);
  const user = s.stmt_type === 'ROLESTMT_USER';
  const role: Role = { oid: roleOid(name), name, super: false, inherit: true, createrole: false, createdb: false, login: user, replication: false, bypassrls: false, connlimit: -1, password: null, validUntil: null, members: [] };
  const o = applyOptions(role, (s.options ?? []) as Node[], true);
  const steps: Step[] = [sessionUserGuard(name, SqlState.duplicateObject, `role "${name}" already exists`, '=')];
  const members = [...o.members.map((m) => [m, false] as const), ...o.admins.map((m) => [m, true] as const)];
  for (const [m, admin] of members) {
    const r = resolve(schema, m);
    if (r.guard) steps.push(r.guard);
    role.members.push({ member: r.oid, grantor: BOOTSTRAP_SUPERUSER, admin });
  }
  steps.push(...roleSteps(undefined, role));
  for (const group of o.addTo) {
    const g = schema.role(group);
    if (!g) throw missingRole(group);
    steps.push(...roleSteps(g, { ...g, members: [...g.members, { member: role.oid, grantor: BOOTSTRAP_SUPERUSER, admin: false }] }));
  }
  return { steps };
}

/** ALTER ROLE: a role made here is rewritten; the session's own user keeps what it is (a superuser) or 0A000. */
export function alterRole(schema: TranslatorSchema, s: Node): Change {
  const r = resolve(schema, s.role);
  const options = (s.options ?? []) as Node[];
  if (!r.role) {
    if (r.oid !== BOOTSTRAP_SUPERUSER) throw unsupported('ALTER ROLE of a predefined role');
    const probe: Role = { oid: r.oid, name: r.name, super: true, inherit: true, createrole: true, createdb: true, login: true, replication: true, bypassrls: true, connlimit: -1, password: null, validUntil: null, members: [] };
    applyOptions(probe, options, false);
    const unchanged = probe.super && probe.inherit && probe.createrole && probe.createdb && probe.login && probe.replication && probe.bypassrls && probe.connlimit === -1;
    if (!unchanged || options.some((o) => o.DefElem.defname === 'password' || o.DefElem.defname === 'validUntil')) {
      throw unsupported('ALTER ROLE of the user a session logs in as (the users file and --password set its password; it is a superuser)');
    }
    return { steps: guards([r]) };
  }
  const after: Role = { ...r.role, members: [...r.role.members] };
  const o = applyOptions(after, options, false);
  if (o.members.length || o.admins.length) throw unsupported('ALTER ROLE … ROLE / ADMIN');
  return { steps: roleSteps(r.role, after) };
}

/**
 * ALTER ROLE … SET / RESET of a role made here: its settings, which pg_db_role_setting lists and
 * a session logging in as it starts from. The session's own user (no role made here), a
 * predefined role, ALL, IN DATABASE and FROM CURRENT are 0A000.
 */
export function alterRoleSet(schema: TranslatorSchema, s: Node, change: StoredSetting): Change {
  if (!s.role) throw unsupported('ALTER ROLE ALL … SET');
  if (s.database) throw unsupported('ALTER ROLE … IN DATABASE … SET');
  if (change.fromCurrent) throw unsupported('ALTER ROLE … SET … FROM CURRENT');
  const r = resolve(schema, s.role);
  const own = 'ALTER ROLE … SET of the user a session logs in as (--settings and the startup packet give its settings)';
  if (!r.role && r.guard) return { steps: [r.guard, sessionUserGuard(r.name, SqlState.featureNotSupported, `${own} is not supported by evsql`, '=')] };
  if (!r.role) throw unsupported(r.oid === BOOTSTRAP_SUPERUSER ? own : 'ALTER ROLE … SET of a predefined role');
  const config = withSetting(r.role.config ?? [], change.setting, change.value);
  const { config: _, ...rest } = r.role;
  return { steps: roleSteps(r.role, config.length ? { ...rest, config } : rest) };
}

/** COMMENT ON ROLE of a role made here, kept with it (pg_shdescription); the session's own user or a predefined role is 0A000. */
export function commentOnRole(schema: TranslatorSchema, s: Node): Change {
  const r = resolve(schema, String(s.object.String.sval));
  const own = 'COMMENT ON ROLE of the user a session logs in as';
  if (!r.role && r.guard) return { steps: [r.guard, sessionUserGuard(r.name, SqlState.featureNotSupported, `${own} is not supported by evsql`, '=')] };
  if (!r.role) throw unsupported(r.oid === BOOTSTRAP_SUPERUSER ? own : 'COMMENT ON ROLE of a predefined role');
  const { comment: _, ...rest } = r.role;
  return { steps: roleSteps(r.role, s.comment ? { ...rest, comment: String(s.comment) } : rest) };
}

export function renameRole(schema: TranslatorSchema, s: Node): Change {
  const from = String(s.subname);
  const to = String(s.newname);
  const role = schema.role(from);
  if (!role) {
    if (PREDEFINED.has(from)) throw new PgError(SqlState.featureNotSupported, `cannot rename role "${from}"`);
    return { steps: [sessionUserGuard(from, SqlState.undefinedObject, `role "${from}" does not exist`), sessionUserGuard(from, SqlState.featureNotSupported, 'session user cannot be renamed', '=')] };
  }
  checkReserved(to);
  if (schema.role(to) || PREDEFINED.has(to)) throw new PgError(SqlState.duplicateObject, `role "${to}" already exists`);
  // An MD5 secret hashes the name with the password, so it no longer holds; a SCRAM secret does.
  const md5 = role.password?.startsWith('md5') === true;
  const renamed = { ...role, name: to, ...(md5 ? { password: null } : {}) };
  return { steps: [sessionUserGuard(to, SqlState.duplicateObject, `role "${to}" already exists`, '='), ...roleSteps(role, renamed)], notices: md5 ? [notice('MD5 password cleared because of role rename')] : [] };
}

/** The relations whose owner or ACL names a role: PostgreSQL's DETAIL lines of 2BP01. */
function dependents(schema: TranslatorSchema, oid: number): string[] {
  const lines: string[] = [];
  for (const [key, acl] of [...schema.objectAcls()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (acl.some((i) => i[0] === oid)) lines.push(`privileges for ${key.replace(':', ' ')}`);
  }
  for (const [sqlName, a] of schema.relationAcls()) {
    const { kind, name } = relationKind(schema, sqlName);
    if (a.owner === oid) lines.push(`owner of ${kind} ${name}`);
    // The owner's own items (and it as grantor) are covered by its ownership, as pg_shdepend records them.
    if (a.owner !== oid && a.acl?.some((i) => i[0] === oid)) lines.push(`privileges for ${kind} ${name}`);
  }
  return lines;
}

function relationKind(schema: TranslatorSchema, sqlName: string): { kind: string; name: string } {
  if (sqlName.startsWith('pg_sequence:')) return { kind: 'sequence', name: sqlName.slice('pg_sequence:'.length) };
  const t = schema.lookupTable(sqlName);
  return { kind: t?.matview ? 'materialized view' : t?.view ? 'view' : 'table', name: sqlName };
}

export function dropRoles(schema: TranslatorSchema, s: Node): Change {
  const steps: Step[] = [];
  const notices: PgError[] = [];
  const dropped = new Set<number>();
  for (const spec of (s.roles ?? []) as Node[]) {
    const node = spec.RoleSpec;
    if (node.roletype !== 'ROLESPEC_CSTRING') throw new PgError(SqlState.featureNotSupported, 'cannot use special role specifier in DROP ROLE');
    const name = String(node.rolename);
    const role = schema.role(name);
    if (!role) {
      if (PREDEFINED.has(name)) throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop role ${name} because it is required by the database system`);
      // The session's own user cannot go (55006); another name is unknown.
      steps.push(sessionUserGuard(name, SqlState.objectInUse, 'current user cannot be dropped', '='));
      if (s.missing_ok) notices.push(notice(`role "${name}" does not exist, skipping`));
      else steps.push(sessionUserGuard(name, SqlState.undefinedObject, `role "${name}" does not exist`));
      continue;
    }
    const lines = dependents(schema, role.oid);
    if (lines.length) throw new PgError(SqlState.dependentObjectsStillExist, `role "${name}" cannot be dropped because some objects depend on it`, { detail: lines.join('\n') });
    dropped.add(role.oid);
    steps.push({ sql: `DROP VIEW ${quoteIdent(roleViewName(name))}`, params: [] });
  }
  // Its memberships go with it, both ways.
  for (const r of schema.roles()) {
    if (dropped.has(r.oid)) continue;
    const kept = r.members.filter((m) => !dropped.has(m.member));
    if (kept.length !== r.members.length) steps.push(...roleSteps(r, { ...r, members: kept }));
  }
  return { steps, notices };
}

/** GRANT / REVOKE role TO / FROM role. */
export function grantRole(schema: TranslatorSchema, s: Node): Change {
  const admin = ((s.opt ?? []) as Node[]).some((o) => o.DefElem.defname === 'admin');
  const grantees = ((s.grantee_roles ?? []) as Node[]).map((g) => resolve(schema, g));
  const steps: Step[] = guards(grantees);
  if (s.grantor) steps.push(...guards([resolve(schema, s.grantor)]));
  const notices: PgError[] = [];
  const changed = new Map<string, Role>();
  for (const p of (s.granted_roles ?? []) as Node[]) {
    const name = String(p.AccessPriv.priv_name);
    const base = changed.get(name) ?? schema.role(name);
    if (!base) {
      if (PREDEFINED.has(name)) throw unsupported('granting a predefined role');
      // Another name is unknown (42704) or the session's own user, which evsql keeps no members of.
      return { steps: [sessionUserGuard(name, SqlState.undefinedObject, `role "${name}" does not exist`), sessionUserGuard(name, SqlState.featureNotSupported, `granting the role "${name}" a session logs in as is not supported by evsql`, '=')] };
    }
    const role: Role = { ...base, members: [...base.members] };
    for (const g of grantees) {
      const granteeName = g.name || 'CURRENT_USER';
      if (s.is_grant) {
        if (g.oid === role.oid || memberOf(schema, changed, role.oid, g.oid)) throw new PgError('0LP01', `role "${role.name}" is a member of role "${granteeName}"`);
        const at = role.members.findIndex((m) => m.member === g.oid);
        if (at >= 0 && (!admin || role.members[at]!.admin)) {
          notices.push(notice(`role "${granteeName}" is already a member of role "${role.name}"`));
          continue;
        }
        if (at >= 0) role.members[at] = { ...role.members[at]!, admin: true };
        else role.members.push({ member: g.oid, grantor: BOOTSTRAP_SUPERUSER, admin });
      } else {
        const at = role.members.findIndex((m) => m.member === g.oid);
        if (at < 0) {
          notices.push(notice(`role "${granteeName}" is not a member of role "${role.name}"`, 'WARNING'));
          continue;
        }
        if (admin) role.members[at] = { ...role.members[at]!, admin: false };
        else role.members.splice(at, 1);
      }
    }
    changed.set(name, role);
  }
  for (const [name, role] of changed) steps.push(...roleSteps(schema.role(name)!, role));
  return { steps, notices };
}

/** Whether `member` belongs to `group`'s ancestors: `group` is (directly or not) a member of `member`. */
function memberOf(schema: TranslatorSchema, changed: Map<string, Role>, group: number, member: number): boolean {
  const roles = schema.roles().map((r) => changed.get(r.name) ?? r);
  const seen = new Set<number>();
  const walk = (of: number): boolean => {
    for (const r of roles) {
      if (seen.has(r.oid) || !r.members.some((m) => m.member === of)) continue;
      if (r.oid === member) return true;
      seen.add(r.oid);
      if (walk(r.oid)) return true;
    }
    return false;
  };
  return walk(group);
}

/** The relations a GRANT names, with their SQLite names and kinds. */
function grantRelations(schema: TranslatorSchema, s: Node): Array<{ sqlName: string; name: string; sequence: boolean; view: boolean }> {
  const sequenceKeyword = s.objtype === 'OBJECT_SEQUENCE';
  if (s.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
    for (const n of (s.objects ?? []) as Node[]) if (n.String?.sval !== 'public') throw new PgError(SqlState.invalidSchemaName, `schema "${n.String?.sval}" does not exist`);
    if (sequenceKeyword) return schema.sequenceNames().map((name) => ({ sqlName: sequenceTableName(name), name, sequence: true, view: false }));
    return schema.tableNames().filter((name) => !schema.lookupTable(name)!.temp).map((name) => ({ sqlName: name, name, sequence: false, view: schema.lookupTable(name)!.view }));
  }
  return ((s.objects ?? []) as Node[]).map((o) => {
    const rv = o.RangeVar ?? o;
    const name = String(rv.relname);
    const shown = rv.schemaname ? `${rv.schemaname}.${name}` : name;
    if (rv.schemaname && rv.schemaname !== 'public' && !(rv.schemaname.startsWith('pg_temp'))) throw new PgError(SqlState.undefinedTable, `relation "${shown}" does not exist`);
    const t = schema.lookupTable(name);
    if (t && !sequenceKeyword) return { sqlName: t.sqlName, name, sequence: false, view: t.view };
    if (schema.sequence(name)) return { sqlName: sequenceTableName(name), name, sequence: true, view: false };
    if (t) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a sequence`);
    throw new PgError(SqlState.undefinedTable, `relation "${shown}" does not exist`);
  });
}

/** The privilege letters a GRANT names for a kind of object (null privileges: ALL). */
function grantLetters(s: Node, kind: PrivilegeTarget): string {
  const privileges = s.privileges as Node[] | undefined;
  if (!privileges) return ALL_PRIVILEGES[kind];
  let letters = '';
  for (const p of privileges) {
    const a = p.AccessPriv;
    if (a.cols) throw unsupported('a column privilege');
    const word = String(a.priv_name).toUpperCase();
    const letter = PRIVILEGE_LETTERS[word];
    if (letter === undefined) throw new PgError(SqlState.syntaxError, `unrecognized privilege type "${a.priv_name}"`);
    if (!ALL_PRIVILEGES[kind].includes(letter)) throw new PgError('0LP01', `invalid privilege type ${word === 'TEMP' ? 'TEMPORARY' : word} for ${kind}`);
    letters += letter;
  }
  return letters;
}

/** The schema edit that writes a relation's owner and ACL. */
function aclStep(sqlName: string, view: boolean, a: RelationAcl): Step {
  return { sql: '', params: [], edit: { kind: 'acl', table: sqlName, view, acl: a } };
}

export function grant(schema: TranslatorSchema, s: Node): Change {
  const grantees = ((s.grantees ?? []) as Node[]).map((g) => resolve(schema, g, true));
  const steps: Step[] = guards(grantees);
  if (s.grantor) steps.push(...guards([resolve(schema, s.grantor)]));
  const notices: PgError[] = [];
  switch (s.objtype) {
    case 'OBJECT_TABLE':
    case 'OBJECT_SEQUENCE': {
      const relations = grantRelations(schema, s);
      const kind: PrivilegeTarget = s.objtype === 'OBJECT_SEQUENCE' ? 'sequence' : 'table';
      const letters = grantLetters(s, kind);
      for (const r of relations) {
        const a = schema.relationAcl(r.sqlName) ?? { owner: BOOTSTRAP_SUPERUSER, acl: null };
        let own = letters;
        if (r.sequence && kind === 'table') {
          // GRANT … ON TABLE of a sequence: what a sequence has of those, with PostgreSQL's WARNING for the rest.
          own = s.privileges ? [...letters].filter((l) => ALL_PRIVILEGES.sequence.includes(l)).join('') : ALL_PRIVILEGES.sequence;
          if (own.length !== letters.length && s.privileges) notices.push(notice(`sequence "${r.name}" only supports USAGE, SELECT, and UPDATE privileges`, 'WARNING'));
        }
        const acl = updateAcl(a.acl ?? defaultAcl(r.sequence ? 'sequence' : 'table', a.owner), !!s.is_grant, own, grantees.map((g) => g.oid), a.owner, !!s.grant_option);
        steps.push(aclStep(r.sqlName, r.view, { owner: a.owner, acl }));
      }
      return { steps, notices };
    }
    case 'OBJECT_SCHEMA':
    case 'OBJECT_DATABASE': {
      const kind: AclObject = s.objtype === 'OBJECT_SCHEMA' ? 'schema' : 'database';
      const letters = grantLetters(s, kind);
      for (const n of (s.objects ?? []) as Node[]) {
        const name = String(n.String?.sval);
        if (kind === 'schema' && name !== 'public') {
          if (!schema.hasSchema(name)) throw new PgError(SqlState.invalidSchemaName, `schema "${name}" does not exist`);
          throw unsupported(`${s.is_grant ? 'GRANT' : 'REVOKE'} on a schema other than public`);
        }
        if (kind === 'database') steps.push({ sql: `SELECT pg_raise_if(NOT pg_database_served(${quoteString(name)}), '3D000', ${quoteString(`database "${name}" does not exist`)})`, params: [] });
        const owner = kind === 'schema' ? DATABASE_OWNER_ROLE : BOOTSTRAP_SUPERUSER;
        const before = schema.objectAcl(kind, name);
        const acl = updateAcl(before ?? (kind === 'schema' ? PUBLIC_SCHEMA_ACL : defaultAcl('database', owner)), !!s.is_grant, letters, grantees.map((g) => g.oid), owner, !!s.grant_option);
        const view = quoteIdent(objectAclViewName(kind, name));
        if (before) steps.push({ sql: `DROP VIEW ${view}`, params: [] });
        steps.push({ sql: objectAclViewSql(kind, name, acl, quoteIdent), params: [] });
      }
      return { steps, notices };
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE':
      grantLetters(s, 'function');
      if (s.targtype !== 'ACL_TARGET_ALL_IN_SCHEMA') {
        for (const o of (s.objects ?? []) as Node[]) {
          const parts = names(o.ObjectWithArgs.objname);
          const args = o.ObjectWithArgs.args_unspecified ? '' : `(${((o.ObjectWithArgs.objargs ?? []) as Node[]).map((a) => formatType(typeOfName(a).oid, typeOfName(a).typmod)).join(', ')})`;
          if (!lookupRoutine(schema, parts)) throw new PgError(SqlState.undefinedFunction, `function ${parts.join('.')}${args} does not exist`);
        }
      }
      return { steps, notices };
    default:
      throw unsupported(`${s.is_grant ? 'GRANT' : 'REVOKE'} ON ${String(s.objtype).replace('OBJECT_', '')}`);
  }
}

/** ALTER DEFAULT PRIVILEGES: its roles and schemas checked; what it would grant new objects is not kept. */
export function alterDefaultPrivileges(schema: TranslatorSchema, s: Node): Change {
  const steps: Step[] = [];
  for (const o of (s.options ?? []) as Node[]) {
    const items = (o.DefElem.arg?.List?.items ?? []) as Node[];
    if (o.DefElem.defname === 'roles') steps.push(...guards(items.map((i) => resolve(schema, i))));
    if (o.DefElem.defname === 'schemas') for (const n of items) if (n.String?.sval !== 'public') throw new PgError(SqlState.invalidSchemaName, `schema "${n.String?.sval}" does not exist`);
  }
  const action = s.action;
  steps.push(...guards(((action.grantees ?? []) as Node[]).map((g) => resolve(schema, g, true))));
  const kind = ({ OBJECT_TABLE: 'table', OBJECT_SEQUENCE: 'sequence', OBJECT_FUNCTION: 'function', OBJECT_ROUTINE: 'function', OBJECT_SCHEMA: 'schema' } as Record<string, PrivilegeTarget>)[action.objtype as string];
  if (!kind) throw unsupported(`ALTER DEFAULT PRIVILEGES ON ${String(action.objtype).replace('OBJECT_', '')}`);
  grantLetters(action, kind);
  return { steps };
}

/** ALTER TABLE / VIEW / SEQUENCE … OWNER TO: the owner recorded, and the ACL's items moved to it (aclnewowner). */
export function changeRelationOwner(schema: TranslatorSchema, sqlName: string, view: boolean, spec: Node): Step[] {
  const r = resolve(schema, spec);
  if (r.oid === PUBLIC_ROLE) throw missingRole('public');
  const a = schema.relationAcl(sqlName) ?? { owner: BOOTSTRAP_SUPERUSER, acl: null };
  if (a.owner === r.oid) return guards([r]);
  const acl: AclItem[] | null = a.acl === null ? null : newOwnerAcl(a.acl, a.owner, r.oid);
  return [...guards([r]), aclStep(sqlName, view, { owner: r.oid, acl })];
}

/** A role named by OWNER TO of an object whose owner evsql does not keep (a type, a function, the schema): checked only. */
export function checkedRole(schema: TranslatorSchema, spec: Node): Step[] {
  return guards([resolve(schema, spec)]);
}

/** SET ROLE / SET SESSION AUTHORIZATION: to a role made here, a session would act as it, which evsql does not do. */
export function checkRoleSetting(schema: TranslatorSchema, name: string, value: string | null): void {
  if ((name !== 'role' && name !== 'session_authorization') || value === null) return;
  const role = value.toLowerCase() === 'none' && name === 'role' ? undefined : schema.role(value);
  const what = name === 'role' ? 'SET ROLE' : 'SET SESSION AUTHORIZATION';
  if (role || PREDEFINED.has(value)) throw unsupported(`${what} to a role other than the user the session logged in as (sessions act as superusers and enforce no privileges)`);
}

/** The roles DROP OWNED and REASSIGN OWNED name: each one made with CREATE ROLE, or the session's own user. */
function ownedRoles(schema: TranslatorSchema, s: Node, what: string): Resolved[] {
  return ((s.roles ?? []) as Node[]).map((spec) => {
    const r = resolve(schema, spec);
    if (r.oid === BOOTSTRAP_SUPERUSER) {
      // The objects of the bootstrap superuser include the system's, which PostgreSQL keeps.
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot ${what} objects owned by role ${r.name || 'postgres'} because they are required by the database system`);
    }
    if (!r.role) throw unsupported(`${what === 'drop' ? 'DROP OWNED' : 'REASSIGN OWNED'} BY a predefined role`);
    return r;
  });
}

/** REASSIGN OWNED BY … TO: each relation the roles own passes to the new owner, its ACL with it. */
export function reassignOwned(schema: TranslatorSchema, s: Node): Change {
  const from = new Set(ownedRoles(schema, s, 'reassign ownership of').map((r) => r.oid));
  const to = resolve(schema, s.newrole);
  const steps: Step[] = guards([to]);
  for (const [sqlName, a] of schema.relationAcls()) {
    if (!from.has(a.owner)) continue;
    const view = schema.lookupTable(sqlName)?.view ?? false;
    steps.push(aclStep(sqlName, view, { owner: to.oid, acl: a.acl === null ? null : newOwnerAcl(a.acl, a.owner, to.oid) }));
  }
  return { steps };
}

/**
 * DROP OWNED BY: the privileges granted to the roles are revoked everywhere. Dropping the
 * relations they own is refused (0A000) rather than done by halves.
 */
export function dropOwned(schema: TranslatorSchema, s: Node): Change {
  const roles = new Set(ownedRoles(schema, s, 'drop').map((r) => r.oid));
  const steps: Step[] = [];
  for (const [sqlName, a] of schema.relationAcls()) {
    if (roles.has(a.owner)) throw unsupported(`DROP OWNED BY a role that owns a relation ("${relationKind(schema, sqlName).name}"); drop it or REASSIGN OWNED first`);
    if (!a.acl?.some((i) => roles.has(i[0]))) continue;
    steps.push(aclStep(sqlName, schema.lookupTable(sqlName)?.view ?? false, { owner: a.owner, acl: a.acl.filter((i) => !roles.has(i[0])) }));
  }
  for (const [key, acl] of schema.objectAcls()) {
    if (!acl.some((i) => roles.has(i[0]))) continue;
    const [kind, name] = [key.slice(0, key.indexOf(':')) as AclObject, key.slice(key.indexOf(':') + 1)];
    steps.push({ sql: `DROP VIEW ${quoteIdent(objectAclViewName(kind, name))}`, params: [] }, { sql: objectAclViewSql(kind, name, acl.filter((i) => !roles.has(i[0])), quoteIdent), params: [] });
  }
  return { steps };
}
