/**
 * Every function evsql adds to SQLite, registered on every connection of every replica: its own
 * `pg_*` functions, the typed ones behind PostgreSQL's operators and casts, and set-returning
 * functions as table-valued ones.
 */
import type Database from 'better-sqlite3';
import { registerArrayFunctions } from './array-functions.js';
import { registerBitFunctions } from './bit-functions.js';
import { registerFloatFunctions } from './float-functions.js';
import { registerInetFunctions } from './inet-functions.js';
import { registerHstoreFunctions } from './hstore-functions.js';
import { registerJsonbFunctions } from './jsonb-functions.js';
import { registerMoneyFunctions } from './money-functions.js';
import { registerLsnFunctions } from './lsn-functions.js';
import type { FunctionScope } from './function-scope.js';
import { registerNumericFunctions } from './numeric-functions.js';
import { registerRangeFunctions } from './range-functions.js';
import { registerSequenceFunctions } from './sequence-functions.js';
import { registerSqlFunctions } from './sql-functions.js';
import { registerTableFunctions } from './table-functions.js';
import { registerTextSearchFunctions } from './text-search-functions.js';
import { registerExtensionFunctions } from './extension-functions.js';
import { registerTimetzFunctions } from './timetz-functions.js';
import { registerTypedFunctions } from './typed-functions.js';

export function registerFunctions(db: Database.Database, scope: () => FunctionScope): void {
  registerSqlFunctions(db, scope);
  registerTableFunctions(db, scope);
  registerTypedFunctions(db);
  registerJsonbFunctions(db);
  registerNumericFunctions(db);
  registerFloatFunctions(db);
  registerArrayFunctions(db);
  registerInetFunctions(db);
  registerHstoreFunctions(db);
  registerBitFunctions(db);
  registerMoneyFunctions(db);
  registerLsnFunctions(db);
  registerTimetzFunctions(db);
  registerRangeFunctions(db);
  registerTextSearchFunctions(db, scope);
  registerExtensionFunctions(db, scope);
  registerSequenceFunctions(db, scope);
}
