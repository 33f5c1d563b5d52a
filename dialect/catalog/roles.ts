/**
 * Roles (CREATE ROLE / USER) and privileges (GRANT / REVOKE, OWNER TO) as evsql keeps them, shared
 * by the translator and the catalog. A role is a view of the main schema named `pg_role:<name>`
 * that yields nothing and carries its attributes and its members in an annotation, as enum types
 * are kept (enums.ts): replicated with the DDL, covered by the state hash, undone by ROLLBACK.
 *
 * A relation's owner and ACL ride in an annotation at the end of its SQLite definition (a table's,
 * a view's, a sequence's table), so DROP and RENAME carry them along as PostgreSQL's catalog rows
 * go with the relation. Both name roles by OID, so ALTER ROLE … RENAME changes nothing else; OID
 * 10 is the bootstrap superuser, shown as the session's user, and 0 is PUBLIC.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { BOOTSTRAP_SUPERUSER, DATABASE_OWNER_ROLE, objectOid } from './oids.js';

const PREFIX = 'pg_role:';
const ROLE = /\/\* evsql-role: (\{.*\}) \*\//s;
const ACL = /\s*\/\* evsql-acl: (\{.*?\}) \*\//s;
export const PUBLIC_ROLE = 0;

export interface Role {
  oid: number;
  name: string;
  super: boolean;
  inherit: boolean;
  createrole: boolean;
  createdb: boolean;
  login: boolean;
  replication: boolean;
  bypassrls: boolean;
  connlimit: number;
  /** pg_authid.rolpassword: a SCRAM-SHA-256 secret (or an MD5 one given as such), never the password. */
  password: string | null;
  validUntil: string | null;
  /** Who is a member of this role (pg_auth_members rows whose roleid is this role). */
  members: Array<{ member: number; grantor: number; admin: boolean }>;
  /** ALTER ROLE … SET's settings, as pg_db_role_setting lists them (`work_mem=8MB`); absent for none. */
  config?: string[];
  /** COMMENT ON ROLE's; absent for none. */
  comment?: string;
}

export function isRoleView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

const OBJECT_ACL_PREFIX = 'pg_acl:';
const OBJECT_ACL = /\/\* evsql-object-acl: (\[.*\]) \*\//s;

/** Objects other than relations whose ACL GRANT records: the database and the schema public. */
export type AclObject = 'database' | 'schema';

/**
 * The ACL of a database or schema, kept as a role is: a view named `pg_acl:<kind>:<name>`. The
 * view and the role views are evsql's own objects, never a user's relation.
 */
export function isObjectAclView(relation: string): boolean {
  return relation.startsWith(OBJECT_ACL_PREFIX);
}

export function isRoleCatalogView(relation: string): boolean {
  return isRoleView(relation) || isObjectAclView(relation);
}

export function objectAclViewName(kind: AclObject, name: string): string {
  return `${OBJECT_ACL_PREFIX}${kind}:${name}`;
}

export function objectAclViewSql(kind: AclObject, name: string, acl: AclItem[], quote: (ident: string) => string): string {
  return `CREATE VIEW ${quote(objectAclViewName(kind, name))} AS SELECT NULL AS acl WHERE 0 /* evsql-object-acl: ${JSON.stringify(acl).replace(/\*\//g, '*\\/')} */`;
}

/** The object (`kind:name`) and ACL a `pg_acl:` view records. */
export function readObjectAclView(relation: string, sql: string): { key: string; acl: AclItem[] } {
  const m = OBJECT_ACL.exec(sql);
  return { key: relation.slice(OBJECT_ACL_PREFIX.length), acl: m ? (JSON.parse(m[1]!) as AclItem[]) : [] };
}

export function roleViewName(role: string): string {
  return PREFIX + role;
}

export function roleOid(name: string): number {
  return objectOid('role', name);
}

export function roleViewSql(r: Role, quote: (ident: string) => string): string {
  const text = JSON.stringify(r).replace(/\*\//g, '*\\/');
  return `CREATE VIEW ${quote(roleViewName(r.name))} AS SELECT NULL AS role WHERE 0 /* evsql-role: ${text} */`;
}

export function readRoleView(sql: string): Role | undefined {
  const m = ROLE.exec(sql);
  return m ? (JSON.parse(m[1]!) as Role) : undefined;
}

/** One aclitem: grantee (0: PUBLIC), its privilege letters with `*` after each grantable one, grantor. */
export type AclItem = [grantee: number, privileges: string, grantor: number];

/** A relation's owner (absent: the bootstrap superuser) and ACL (null: the default, acldefault). */
export interface RelationAcl {
  owner: number;
  acl: AclItem[] | null;
}

export function readAclMarker(sql: string): RelationAcl {
  const m = ACL.exec(sql);
  return m ? (JSON.parse(m[1]!) as RelationAcl) : { owner: BOOTSTRAP_SUPERUSER, acl: null };
}

/** The SQLite text with its ACL annotation replaced by this one (none for the default owner and ACL). */
export function withAclMarker(sql: string, a: RelationAcl): string {
  const bare = sql.replace(ACL, '');
  return a.owner === BOOTSTRAP_SUPERUSER && a.acl === null ? bare : `${bare} /* evsql-acl: ${JSON.stringify(a)} */`;
}

/** Privilege letters in aclitem order (acl.c's ACL_ALL_RIGHTS_STR), by keyword. */
export const PRIVILEGE_LETTERS: Record<string, string> = {
  INSERT: 'a',
  SELECT: 'r',
  UPDATE: 'w',
  DELETE: 'd',
  TRUNCATE: 'D',
  REFERENCES: 'x',
  TRIGGER: 't',
  EXECUTE: 'X',
  USAGE: 'U',
  CREATE: 'C',
  TEMPORARY: 'T',
  TEMP: 'T',
  CONNECT: 'c',
};
const LETTER_ORDER = 'arwdDxtXUCTcsA';

/** What ALL grants on each kind of object (acl.c's ACL_ALL_RIGHTS_*). */
export const ALL_PRIVILEGES = { table: 'arwdDxt', sequence: 'rwU', schema: 'UC', database: 'CTc', function: 'X' } as const;
export type PrivilegeTarget = keyof typeof ALL_PRIVILEGES;

type Rights = Map<string, boolean>;

function parseRights(text: string): Rights {
  const out: Rights = new Map();
  for (let i = 0; i < text.length; i++) {
    const star = text[i + 1] === '*';
    out.set(text[i]!, star);
    if (star) i++;
  }
  return out;
}

function formatRights(r: Rights): string {
  return [...LETTER_ORDER].filter((l) => r.has(l)).map((l) => l + (r.get(l) ? '*' : '')).join('');
}

/** acldefault: the owner holds every privilege; PUBLIC may connect to a database and make temporary tables in it. */
export function defaultAcl(kind: PrivilegeTarget, owner: number): AclItem[] {
  return kind === 'database' ? [[PUBLIC_ROLE, 'Tc', owner], [owner, ALL_PRIVILEGES[kind], owner]] : [[owner, ALL_PRIVILEGES[kind], owner]];
}

/** The schema public's ACL as initdb leaves it (pg_database_owner owns it; PUBLIC may use it). */
export const PUBLIC_SCHEMA_ACL: AclItem[] = [[DATABASE_OWNER_ROLE, 'UC', DATABASE_OWNER_ROLE], [PUBLIC_ROLE, 'U', DATABASE_OWNER_ROLE]];

/**
 * GRANT or REVOKE of `letters` for `grantees` as aclupdate applies them: a grantee's item is
 * merged (a new one goes last), and an item left with no privilege goes. The grantor is the
 * owner, as it is for every grant a superuser makes.
 */
export function updateAcl(acl: AclItem[], grant: boolean, letters: string, grantees: number[], grantor: number, grantOption: boolean): AclItem[] {
  const out = acl.map((i): AclItem => [...i]);
  for (const grantee of grantees) {
    let at = out.findIndex((i) => i[0] === grantee && i[2] === grantor);
    if (at < 0 && grant) at = out.push([grantee, '', grantor]) - 1;
    if (at < 0) continue;
    const rights = parseRights(out[at]![1]);
    for (const l of letters) {
      if (grant) rights.set(l, grantOption || rights.get(l) === true);
      else if (grantOption) {
        if (rights.has(l)) rights.set(l, false);
      } else rights.delete(l);
    }
    out[at]![1] = formatRights(rights);
  }
  return out.filter((i) => i[1] !== '');
}

/** ALTER … OWNER TO: aclnewowner, the old owner's items become the new owner's, merged into any it has. */
export function newOwnerAcl(acl: AclItem[], from: number, to: number): AclItem[] {
  const out: AclItem[] = [];
  for (const [grantee, privileges, grantor] of acl) {
    const item: AclItem = [grantee === from ? to : grantee, privileges, grantor === from ? to : grantor];
    const same = out.find((o) => o[0] === item[0] && o[2] === item[2]);
    if (!same) {
      out.push(item);
      continue;
    }
    const merged = parseRights(same[1]);
    for (const [l, g] of parseRights(item[1])) merged.set(l, g || merged.get(l) === true);
    same[1] = formatRights(merged);
  }
  return out;
}

/** aclitem text: `grantee=privileges/grantor`, PUBLIC's grantee empty. */
export function aclItemText(item: AclItem, name: (oid: number) => string): string {
  return `${item[0] === PUBLIC_ROLE ? '' : name(item[0])}=${item[1]}/${name(item[2])}`;
}

/** The privileges a has_*_privilege text names ('SELECT, UPDATE WITH GRANT OPTION'), as [letter, grant option]. */
export function privilegeList(text: string, kind: PrivilegeTarget): Array<[string, boolean]> {
  return text.split(',').map((part) => {
    const words = part.trim().toUpperCase().replace(/\s+/g, ' ');
    const grantOption = words.endsWith(' WITH GRANT OPTION');
    const word = grantOption ? words.slice(0, -' WITH GRANT OPTION'.length) : words;
    const letter = word === 'RULE' ? '' : PRIVILEGE_LETTERS[word];
    if (letter === undefined || (letter !== '' && !ALL_PRIVILEGES[kind].includes(letter))) throw new PgError(SqlState.invalidParameterValue, `unrecognized privilege type: "${part.trim()}"`);
    return [letter, grantOption];
  });
}


/**
 * has_table_privilege and its kin at run time: `acl` the catalog's ACL (aclitem texts, null for
 * the default), `roles` the names whose privileges the role holds (itself and those it inherits).
 */
export function aclTextAllows(acl: string[] | null, owner: string, kind: PrivilegeTarget, roles: string[], superuser: boolean, privileges: string): boolean {
  const wanted = privilegeList(privileges, kind);
  if (superuser) return true;
  const items = (acl ?? [`${owner}=${ALL_PRIVILEGES[kind]}/${owner}`]).map((text) => {
    const eq = text.lastIndexOf('=', text.lastIndexOf('/'));
    return { grantee: text.slice(0, eq), rights: parseRights(text.slice(eq + 1, text.lastIndexOf('/'))) };
  });
  const holders = new Set(['', ...roles]);
  return wanted.some(([letter, grantOption]) => letter !== '' && items.some((i) => holders.has(i.grantee) && i.rights.has(letter) && (!grantOption || i.rights.get(letter) === true)));
}
