/**
 * CREATE DOMAIN and DROP DOMAIN, columns declared with a domain, and casts to one
 * (dialect/catalog/domains.ts keeps them). A column of a domain is written as a column of its base
 * type carrying the domain's default and, for its NOT NULL and each CHECK, a CHECK constraint whose
 * name tells the domain: SQLite checks them on every write. A cast to a domain is the cast to its
 * base type, then the domain's checks of the value, which raise PostgreSQL's errors.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, typeFromDeclared } from '../../pg/types/registry.js';
import { type DomainCheck, type DomainType, domainConstraintName, domainViewName, domainViewSql } from '../catalog/domains.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { type ColumnTypes, checkDisplay, defaultDisplay } from './deparse.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { typeOfName } from './types.js';
import { assertTypeExists } from './type-exists.js';
import { unsupported } from './unsupported.js';
import { ownName, typeStoredName } from './namespaces.js';

function domainName(parts: string[]): string {
  return typeStoredName(parts, 'domains');
}

/** `VALUE` as PostgreSQL prints it in a domain's CHECK; the deparser prints the column reference `value`. */
function withValueKeyword(text: string): string {
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|(?<![\w$])value(?![\w$])/g, (m) => (m === 'value' ? 'VALUE' : m));
}

/** CREATE DOMAIN name AS type [DEFAULT …] [[CONSTRAINT c] NOT NULL | NULL | CHECK (…)] … */
export function createDomain(schema: TranslatorSchema, s: Node): Step[] {
  const name = domainName(names(s.domainname));
  // As createEnum tells a built-in type's name: typeFromDeclared takes any other name for text.
  if (schema.lookupDomain(name) || schema.lookupEnum(name) || typeFromDeclared(name).oid !== OID.text || name === 'text') {
    throw new PgError(SqlState.duplicateObject, `type "${ownName(schema, name)}" already exists`);
  }
  if (s.collClause) throw unsupported('CREATE DOMAIN … COLLATE');
  if (schema.lookupDomain(names(s.typeName.names).at(-1)!)) throw unsupported('a domain over a domain');
  assertTypeExists(schema, s.typeName);
  const base = typeOfName(s.typeName);
  const columns = (column: string) => (column === 'value' ? base : undefined);
  const domain: DomainType = { name, base: s.typeName, baseOid: base.oid, baseTypmod: base.typmod, default: null, defaultText: null, notNull: false, checks: [] };
  for (const c of ((s.constraints ?? []) as Node[]).map((n) => n.Constraint)) {
    switch (c.contype) {
      case 'CONSTR_DEFAULT':
        domain.default = c.raw_expr;
        domain.defaultText = defaultDisplay(c.raw_expr, base, columns)?.plain ?? null;
        break;
      case 'CONSTR_NOTNULL':
        domain.notNull = true;
        break;
      case 'CONSTR_NULL':
        break;
      case 'CONSTR_CHECK': {
        domain.checks.push(domainCheck(domain, c, columns));
        break;
      }
      default:
        throw unsupported(`a domain constraint ${String(c.contype).replace('CONSTR_', '')}`);
    }
  }
  return [{ sql: domainViewSql(domain, quoteIdent), params: [] }];
}

/** DROP DOMAIN [IF EXISTS] name, … [CASCADE]: refused while a column uses it (2BP01), unless CASCADE drops the columns. */
export function dropDomains(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const steps: Step[] = [];
  const notices: PgError[] = [];
  for (const o of (s.objects ?? []) as Node[]) {
    const name = domainName(names(o.TypeName.names));
    if (!schema.lookupDomain(name) && (schema.lookupEnum(name) || schema.lookupComposite(name))) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a domain`);
    if (!schema.lookupDomain(name)) {
      if (!s.missing_ok) throw new PgError(SqlState.undefinedObject, `type "${name}" does not exist`);
      notices.push(new PgError(SqlState.successfulCompletion, `type "${name}" does not exist, skipping`, { severity: 'NOTICE' }));
      continue;
    }
    // PostgreSQL lists the dependents the newest first.
    const users = schema.domainColumns(name).reverse();
    if (users.length && s.behavior === 'DROP_CASCADE') {
      // As PostgreSQL: the columns go with their domain.
      const lines = users.map((u) => `drop cascades to column ${u.column} of table ${u.table}`);
      notices.push(
        lines.length === 1
          ? new PgError(SqlState.successfulCompletion, lines[0]!, { severity: 'NOTICE' })
          : new PgError(SqlState.successfulCompletion, `drop cascades to ${lines.length} other objects`, { severity: 'NOTICE', detail: lines.join('\n') }),
      );
      for (const u of users) steps.push({ sql: `ALTER TABLE ${quoteIdent(u.table)} DROP COLUMN ${quoteIdent(u.column)}`, params: [] });
    } else if (users.length) {
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because other objects depend on it`, {
        detail: users.map((u) => `column ${u.column} of table ${u.table} depends on type ${name}`).join('\n'),
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      });
    }
    steps.push({ sql: `DROP VIEW ${quoteIdent(domainViewName(name))}`, params: [] });
  }
  return { steps, notices };
}

/** A CHECK constraint of the domain, named by the statement or as PostgreSQL's ChooseConstraintName names it: <domain>_check, then _check1, _check2 …. */
function domainCheck(domain: DomainType, c: Node, columns: ColumnTypes): DomainCheck {
  let conname = c.conname as string | undefined;
  for (let i = 0; conname === undefined; i++) {
    // Named after the domain's own name, its schema's prefix left off.
    const candidate = `${domain.name.slice(domain.name.lastIndexOf('.') + 1)}_check${i === 0 ? '' : i}`;
    if (!domain.checks.some((k) => k.name === candidate)) conname = candidate;
  }
  if (domain.checks.some((k) => k.name === conname)) throw new PgError(SqlState.duplicateObject, `constraint "${conname}" for domain "${domain.name}" already exists`);
  const shown = checkDisplay(c.raw_expr, columns);
  return { name: conname, expr: c.raw_expr, display: shown ? { pretty: `CHECK (${withValueKeyword(shown.pretty)})`, plain: `CHECK (${withValueKeyword(shown.plain)})` } : null };
}

/**
 * ALTER DOMAIN … ADD CONSTRAINT … CHECK (…) [NOT VALID], DROP CONSTRAINT [IF EXISTS], SET or DROP
 * NOT NULL and SET or DROP DEFAULT: the domain's definition, and the constraint added to or
 * dropped from every column of the domain (rows checked first, as PostgreSQL words it), the
 * default of those without their own. VALIDATE CONSTRAINT is refused.
 */
export function alterDomain(schema: TranslatorSchema, s: Node, alterTable: (s: Node) => { steps: Step[] }): { steps: Step[]; notices: PgError[] } {
  const name = domainName(names(s.typeName));
  const domain = schema.lookupDomain(name);
  if (!domain) throw new PgError(SqlState.undefinedObject, `type "${name}" does not exist`);
  const users = schema.domainColumns(name);
  const onColumn = (u: { table: string }, cmd: Node) => alterTable({ relation: { relname: u.table, inh: true, relpersistence: 'p' }, cmds: [{ AlterTableCmd: cmd }], objtype: 'OBJECT_TABLE' }).steps;
  const replaced = (d: DomainType): Step[] => [
    { sql: `DROP VIEW ${quoteIdent(domainViewName(name))}`, params: [] },
    { sql: domainViewSql(d, quoteIdent), params: [] },
  ];
  if (s.subtype === 'C') {
    const c = s.def.Constraint;
    if (c.contype !== 'CONSTR_CHECK') throw unsupported(`ALTER DOMAIN … ADD ${String(c.contype).replace('CONSTR_', '')} constraint`);
    const base = typeOfName(domain.base as Node);
    const check = domainCheck(domain, c, (column) => (column === 'value' ? base : undefined));
    const conname = check.name;
    // The rows are checked as each column's constraint is added, in PostgreSQL's words.
    const steps = users.flatMap((u) =>
      onColumn(u, { subtype: 'AT_AddConstraint', def: { Constraint: { contype: 'CONSTR_CHECK', conname: domainConstraintName(name, conname), raw_expr: replaceValue(c.raw_expr, { ColumnRef: { fields: [{ String: { sval: u.column } }] } }), skip_validation: c.skip_validation } }, behavior: 'DROP_RESTRICT' }).map((step) =>
        step.edit?.kind === 'addConstraint' ? { ...step, edit: { ...step.edit, violation: `column "${u.column}" of table "${u.table}" contains values that violate the new constraint` } } : step,
      ),
    );
    return { steps: [...steps, ...replaced({ ...domain, checks: [...domain.checks, check] })], notices: [] };
  }
  if (s.subtype === 'X') {
    if (!domain.checks.some((k) => k.name === s.name)) {
      const missing = `constraint "${s.name}" of domain "${name}" does not exist`;
      if (!s.missing_ok) throw new PgError(SqlState.undefinedObject, missing);
      return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `${missing}, skipping`, { severity: 'NOTICE' })] };
    }
    const steps = users.flatMap((u) => onColumn(u, { subtype: 'AT_DropConstraint', name: domainConstraintName(name, s.name), behavior: 'DROP_RESTRICT' }));
    return { steps: [...steps, ...replaced({ ...domain, checks: domain.checks.filter((k) => k.name !== s.name) })], notices: [] };
  }
  if (s.subtype === 'O' || s.subtype === 'N') {
    // Each column's NOT NULL constraint (domainColumn's, CHECK (true) without it) made again.
    const notNull = s.subtype === 'O';
    if (domain.notNull === notNull) return { steps: [], notices: [] };
    const conname = domainConstraintName(name, null);
    // The constraints of one table's columns share that name: which one a drop finds cannot be told.
    if (new Set(users.map((u) => u.table)).size < users.length) throw unsupported(`ALTER DOMAIN ${notNull ? 'SET' : 'DROP'} NOT NULL of a domain two columns of one table are declared with`);
    const steps = users.flatMap((u) => {
      const test: Node = notNull ? { NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: u.column } }] } }, nulltesttype: 'IS_NOT_NULL' } } : { A_Const: { boolval: { boolval: true } } };
      const added = onColumn(u, { subtype: 'AT_AddConstraint', def: { Constraint: { contype: 'CONSTR_CHECK', conname, raw_expr: test } }, behavior: 'DROP_RESTRICT' }).map((step) =>
        step.edit?.kind === 'addConstraint' ? { ...step, edit: { ...step.edit, violation: `column "${u.column}" of table "${u.table}" contains null values`, violationCode: SqlState.notNullViolation } } : step,
      );
      return [...onColumn(u, { subtype: 'AT_DropConstraint', name: conname, behavior: 'DROP_RESTRICT' }), ...added];
    });
    return { steps: [...steps, ...replaced({ ...domain, notNull })], notices: [] };
  }
  if (s.subtype === 'T') {
    // The columns that take the domain's default: not those with one of their own (domainColumn).
    const def = (s.def as Node | undefined) ?? null;
    const steps = users.filter((u) => !u.ownDefault).flatMap((u) => onColumn(u, { subtype: 'AT_ColumnDefault', name: u.column, def, domainDefault: true, behavior: 'DROP_RESTRICT' }));
    const base = typeOfName(domain.base as Node);
    const defaultText = def ? (defaultDisplay(def, base, (column) => (column === 'value' ? base : undefined))?.plain ?? null) : null;
    return { steps: [...steps, ...replaced({ ...domain, default: def, defaultText })], notices: [] };
  }
  throw unsupported(`ALTER DOMAIN ${s.subtype === 'V' ? 'VALIDATE CONSTRAINT' : s.subtype}`);
}

function replaceValue(n: unknown, by: Node): unknown {
  if (Array.isArray(n)) return n.map((x) => replaceValue(x, by));
  if (n === null || typeof n !== 'object') return n;
  const ref = (n as Node).ColumnRef;
  if (ref && names(ref.fields).length === 1 && names(ref.fields)[0] === 'value') return by;
  return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, replaceValue(v, by)]));
}

/** The domain a type name names, if any (unqualified or public). */
function domainOf(schema: TranslatorSchema, typeName: Node | undefined): DomainType | undefined {
  if (!typeName || typeName.arrayBounds) return undefined;
  const parts = names(typeName.names);
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'public')) return undefined;
  return schema.lookupDomain(parts.at(-1)!);
}

/** A column definition of a domain: of its base type, with its default and its constraints as the column's. */
export function domainColumn(schema: TranslatorSchema, def: Node): Node {
  const domain = domainOf(schema, def.typeName);
  if (!domain) {
    if (def.typeName?.arrayBounds && schema.lookupDomain(names(def.typeName.names).at(-1)!)) throw unsupported('arrays of a domain');
    return def;
  }
  const own = ((def.constraints ?? []) as Node[]).map((n) => n.Constraint);
  const column: Node = { ColumnRef: { fields: [{ String: { sval: def.colname } }] } };
  const added: Node[] = [];
  if (domain.default && !own.some((c) => c.contype === 'CONSTR_DEFAULT')) added.push({ Constraint: { contype: 'CONSTR_DEFAULT', raw_expr: domain.default, domainDefault: true } });
  const notNull: Node = domain.notNull ? { NullTest: { arg: column, nulltesttype: 'IS_NOT_NULL' } } : { A_Const: { boolval: { boolval: true } } };
  added.push({ Constraint: { contype: 'CONSTR_CHECK', conname: domainConstraintName(domain.name, null), raw_expr: notNull } });
  for (const check of domain.checks) added.push({ Constraint: { contype: 'CONSTR_CHECK', conname: domainConstraintName(domain.name, check.name), raw_expr: replaceValue(check.expr, column) } });
  return { ...def, typeName: domain.base, constraints: [...((def.constraints ?? []) as Node[]), ...added] };
}

/** CREATE TABLE's columns of a domain, written as domainColumn writes them. */
export function withDomainColumns(schema: TranslatorSchema, s: Node): Node {
  if (!schema.hasDomains()) return s;
  return { ...s, tableElts: ((s.tableElts ?? []) as Node[]).map((e) => (e.ColumnDef ? { ColumnDef: domainColumn(schema, e.ColumnDef) } : e)) };
}

/**
 * Casts to a domain in a statement: the cast to its base type, inside evsql_domain_check (functions.ts),
 * which raises the domain's NOT NULL and CHECK violations as PostgreSQL's domain_check does, and
 * carries the domain's name for pg_typeof. A select-list item keeps the domain's name as its column name.
 */
export function withDomainCasts(schema: TranslatorSchema, node: Node): Node {
  const walk = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const target = n.ResTarget;
    if (target && !target.name && target.val?.TypeCast && domainOf(schema, target.val.TypeCast.typeName)) {
      return { ResTarget: { ...target, name: ownName(schema, names(target.val.TypeCast.typeName.names).at(-1)!), val: walk(target.val) } };
    }
    const cast = n.TypeCast;
    const domain = cast ? domainOf(schema, cast.typeName) : undefined;
    if (cast && domain) {
      const value: Node = { TypeCast: { ...cast, arg: walk(cast.arg), typeName: domain.base } };
      const text = (sval: string): Node => ({ A_Const: { sval: { sval } } });
      const args: Node[] = [value];
      if (domain.notNull) args.push({ NullTest: { arg: value, nulltesttype: 'IS_NULL' } }, text(SqlState.notNullViolation), text(`domain ${domain.name} does not allow null values`));
      for (const check of domain.checks) {
        args.push({ BoolExpr: { boolop: 'NOT_EXPR', args: [replaceValue(check.expr, value)] } }, text(SqlState.checkViolation), text(`value for domain ${domain.name} violates check constraint "${check.name}"`));
      }
      return { FuncCall: { funcname: [{ String: { sval: 'evsql_domain_check' } }], args, funcformat: 'COERCE_EXPLICIT_CALL', domain: domain.name } };
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  return walk(node);
}
