/**
 * A type name must name a type, as in PostgreSQL: evsql would otherwise keep an unknown name as
 * text (`CREATE TABLE t (x nosuchtype)`, `1::nosuchtype` answering 1), a plausible wrong answer
 * where PostgreSQL refuses with 42704.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { isDeclaredTypeName } from '../../pg/types/registry.js';
import { isBuiltinTypeName } from '../runtime/catalog/builtins.js';
import { storedName } from '../catalog/namespaces.js';
import { type Node, names } from './parse.js';
import { unsupported } from './unsupported.js';
import type { TranslatorSchema } from './schema.js';

export function assertTypeExists(schema: TranslatorSchema, typeName: Node): void {
  const parts = names(typeName.names);
  const name = parts.at(-1)!;
  const where = parts.length > 1 ? parts.at(-2) : undefined;
  const own = where === undefined || where === 'public';
  // An extension's type exists in the schema it was created in, while it is there.
  if (name === 'citext') {
    if (own && schema.hasExtension('citext')) {
      if (typeName.arrayBounds) throw unsupported('arrays of citext');
      return;
    }
  } else if (name === 'hstore') {
    // pg_catalog's: the translator's own casts of untyped literals (untyped-literals.ts) name it so.
    if ((own || where === 'pg_catalog') && schema.hasExtension('hstore')) return;
  } else {
    if (where === 'pg_catalog' && (isBuiltinTypeName(name) || isDeclaredTypeName(name))) return;
    if (where === undefined && (isBuiltinTypeName(name) || isDeclaredTypeName(name))) return;
  }
  if (own && schema.lookupEnum(name)) return;
  if (own && schema.lookupRange(name)) {
    // Arrays of ranges are not written (types.ts typeOfName).
    if (typeName.arrayBounds) throw unsupported(`arrays of ${name}`);
    return;
  }
  // A composite type is taken where evsql reads and prints its record text (a column, a cast); elsewhere it would be text.
  if (own && schema.lookupComposite(name)) throw unsupported(`the composite type ${name}${typeName.arrayBounds ? '[]' : ''} here`);
  // Domains are inlined where evsql takes them (columns, casts); elsewhere (a function's arguments) their checks would be lost.
  if (own && schema.lookupDomain(name)) throw unsupported(`the domain ${name} here`);
  // Every table's and view's row type: evsql would keep a value of it as text, printed otherwise.
  if (own && schema.lookupTable(name)) throw unsupported(`the row type of ${name}`);
  if (parts.length === 2 && where !== 'pg_catalog' && where !== 'public' && where !== 'information_schema' && !schema.hasSchema(where!)) {
    throw new PgError(SqlState.invalidSchemaName, `schema "${where}" does not exist`, typeof typeName.location === 'number' ? { position: typeName.location + 1 } : {});
  }
  // Another schema holds no type of evsql's but its tables' and views' row types (refused as above).
  if (where !== undefined && schema.hasSchema(where) && schema.lookupTable(storedName(where, name))) throw unsupported(`the row type of ${parts.join('.')}`);
  if (where !== undefined && where !== 'pg_catalog' && where !== 'public') return;
  // PostgreSQL looks the array type up by its own name, `nosuchtype[]`.
  throw new PgError(SqlState.undefinedObject, `type "${parts.join('.')}${typeName.arrayBounds ? '[]' : ''}" does not exist`);
}
