/**
 * The catalog relations evsql answers, with their columns as PostgreSQL 15 declares them (types
 * written as evsql keeps them: `int2`, `name`, `"char"`, `oid[]`). Each is a table of the
 * connection's temp schema named `<schema>.<relation>` (install.ts), which the translator reads
 * in place of `pg_catalog.pg_class` and the like. Column types map to PostgreSQL's own, except
 * pg_node_tree and anyarray, kept as text (their values are expression texts), information_schema
 * domains, kept as their base types, and "char"[], kept as text[]. Shared by the translator and
 * the workers, with the names of evsql's lookup tables beside the catalog's.
 */

import { isRangeView } from './user-ranges.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, typeFromDeclared } from '../../pg/types/registry.js';
import { isEnumView } from './enums.js';
import { isCompositeView } from './composites.js';
import { isFunctionView } from './user-functions.js';
import { isDomainView } from './domains.js';
import { isRoleCatalogView } from './roles.js';
import { isCommentView } from './comments.js';
import { isExtensionView } from './extensions.js';
import { isSchemaView } from './namespaces.js';
import { isSequenceTable } from './sequences.js';

export type CatalogSchema = 'pg_catalog' | 'information_schema';

export interface CatalogRelation {
  schema: CatalogSchema;
  name: string;
  /** PostgreSQL 15's OID for it, so `'pg_catalog.pg_class'::regclass` and classoid columns agree. */
  oid: number;
  kind: 'r' | 'v';
  /** `name type` pairs. */
  columns: string[];
}

export const RELATIONS: CatalogRelation[] = [
  { schema: 'pg_catalog', name: 'pg_aggregate', oid: 2600, kind: 'r', columns: ['aggfnoid regproc', 'aggkind "char"',
    'aggnumdirectargs int2', 'aggtransfn regproc', 'aggfinalfn regproc', 'aggcombinefn regproc', 'aggserialfn regproc',
    'aggdeserialfn regproc', 'aggmtransfn regproc', 'aggminvtransfn regproc', 'aggmfinalfn regproc',
    'aggfinalextra bool', 'aggmfinalextra bool', 'aggfinalmodify "char"', 'aggmfinalmodify "char"', 'aggsortop oid',
    'aggtranstype oid', 'aggtransspace int4', 'aggmtranstype oid', 'aggmtransspace int4', 'agginitval text',
    'aggminitval text'] },
  { schema: 'pg_catalog', name: 'pg_amop', oid: 2602, kind: 'r', columns: ['oid oid', 'amopfamily oid',
    'amoplefttype oid', 'amoprighttype oid', 'amopstrategy int2', 'amoppurpose "char"', 'amopopr oid',
    'amopmethod oid', 'amopsortfamily oid'] },
  { schema: 'pg_catalog', name: 'pg_amproc', oid: 2603, kind: 'r', columns: ['oid oid', 'amprocfamily oid',
    'amproclefttype oid', 'amprocrighttype oid', 'amprocnum int2', 'amproc regproc'] },
  { schema: 'pg_catalog', name: 'pg_am', oid: 2601, kind: 'r', columns: ['oid oid', 'amname name', 'amhandler regproc',
    'amtype "char"'] },
  { schema: 'pg_catalog', name: 'pg_attrdef', oid: 2604, kind: 'r', columns: ['oid oid', 'adrelid oid', 'adnum int2',
    'adbin text'] },
  { schema: 'pg_catalog', name: 'pg_attribute', oid: 1249, kind: 'r', columns: ['attrelid oid', 'attname name',
    'atttypid oid', 'attstattarget int4', 'attlen int2', 'attnum int2', 'attndims int4', 'attcacheoff int4',
    'atttypmod int4', 'attbyval bool', 'attalign "char"', 'attstorage "char"', 'attcompression "char"',
    'attnotnull bool', 'atthasdef bool', 'atthasmissing bool', 'attidentity "char"', 'attgenerated "char"',
    'attisdropped bool', 'attislocal bool', 'attinhcount int4', 'attcollation oid', 'attacl aclitem[]',
    'attoptions text[]', 'attfdwoptions text[]', 'attmissingval text'] },
  { schema: 'pg_catalog', name: 'pg_auth_members', oid: 1261, kind: 'r', columns: ['roleid oid', 'member oid',
    'grantor oid', 'admin_option bool'] },
  { schema: 'pg_catalog', name: 'pg_authid', oid: 1260, kind: 'r', columns: ['oid oid', 'rolname name',
    'rolsuper bool', 'rolinherit bool', 'rolcreaterole bool', 'rolcreatedb bool', 'rolcanlogin bool',
    'rolreplication bool', 'rolbypassrls bool', 'rolconnlimit int4', 'rolpassword text', 'rolvaliduntil timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_available_extensions', oid: 12081, kind: 'v', columns: ['name name',
    'default_version text', 'installed_version text', 'comment text'] },
  { schema: 'pg_catalog', name: 'pg_cast', oid: 2605, kind: 'r', columns: ['oid oid', 'castsource oid',
    'casttarget oid', 'castfunc oid', 'castcontext "char"', 'castmethod "char"'] },
  { schema: 'pg_catalog', name: 'pg_class', oid: 1259, kind: 'r', columns: ['oid oid', 'relname name',
    'relnamespace oid', 'reltype oid', 'reloftype oid', 'relowner oid', 'relam oid', 'relfilenode oid',
    'reltablespace oid', 'relpages int4', 'reltuples float4', 'relallvisible int4', 'reltoastrelid oid',
    'relhasindex bool', 'relisshared bool', 'relpersistence "char"', 'relkind "char"', 'relnatts int2',
    'relchecks int2', 'relhasrules bool', 'relhastriggers bool', 'relhassubclass bool', 'relrowsecurity bool',
    'relforcerowsecurity bool', 'relispopulated bool', 'relreplident "char"', 'relispartition bool', 'relrewrite oid',
    'relfrozenxid xid', 'relminmxid xid', 'relacl aclitem[]', 'reloptions text[]', 'relpartbound text'] },
  { schema: 'pg_catalog', name: 'pg_collation', oid: 3456, kind: 'r', columns: ['oid oid', 'collname name',
    'collnamespace oid', 'collowner oid', 'collprovider "char"', 'collisdeterministic bool', 'collencoding int4',
    'collcollate text', 'collctype text', 'colliculocale text', 'collversion text'] },
  { schema: 'pg_catalog', name: 'pg_constraint', oid: 2606, kind: 'r', columns: ['oid oid', 'conname name',
    'connamespace oid', 'contype "char"', 'condeferrable bool', 'condeferred bool', 'convalidated bool',
    'conrelid oid', 'contypid oid', 'conindid oid', 'conparentid oid', 'confrelid oid', 'confupdtype "char"',
    'confdeltype "char"', 'confmatchtype "char"', 'conislocal bool', 'coninhcount int4', 'connoinherit bool',
    'conkey int2[]', 'confkey int2[]', 'conpfeqop oid[]', 'conppeqop oid[]', 'conffeqop oid[]',
    'confdelsetcols int2[]', 'conexclop oid[]', 'conbin text'] },
  { schema: 'pg_catalog', name: 'pg_conversion', oid: 2607, kind: 'r', columns: ['oid oid', 'conname name',
    'connamespace oid', 'conowner oid', 'conforencoding int4', 'contoencoding int4', 'conproc regproc',
    'condefault bool'] },
  { schema: 'pg_catalog', name: 'pg_database', oid: 1262, kind: 'r', columns: ['oid oid', 'datname name', 'datdba oid',
    'encoding int4', 'datlocprovider "char"', 'datistemplate bool', 'datallowconn bool', 'datconnlimit int4',
    'datfrozenxid xid', 'datminmxid xid', 'dattablespace oid', 'datcollate text', 'datctype text', 'daticulocale text',
    'datcollversion text', 'datacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_db_role_setting', oid: 2964, kind: 'r', columns: ['setdatabase oid', 'setrole oid',
    'setconfig text[]'] },
  { schema: 'pg_catalog', name: 'pg_default_acl', oid: 826, kind: 'r', columns: ['oid oid', 'defaclrole oid',
    'defaclnamespace oid', 'defaclobjtype "char"', 'defaclacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_depend', oid: 2608, kind: 'r', columns: ['classid oid', 'objid oid',
    'objsubid int4', 'refclassid oid', 'refobjid oid', 'refobjsubid int4', 'deptype "char"'] },
  { schema: 'pg_catalog', name: 'pg_description', oid: 2609, kind: 'r', columns: ['objoid oid', 'classoid oid',
    'objsubid int4', 'description text'] },
  { schema: 'pg_catalog', name: 'pg_enum', oid: 3501, kind: 'r', columns: ['oid oid', 'enumtypid oid',
    'enumsortorder float4', 'enumlabel name'] },
  { schema: 'pg_catalog', name: 'pg_event_trigger', oid: 3466, kind: 'r', columns: ['oid oid', 'evtname name',
    'evtevent name', 'evtowner oid', 'evtfoid oid', 'evtenabled "char"', 'evttags text[]'] },
  { schema: 'pg_catalog', name: 'pg_extension', oid: 3079, kind: 'r', columns: ['oid oid', 'extname name',
    'extowner oid', 'extnamespace oid', 'extrelocatable bool', 'extversion text', 'extconfig oid[]',
    'extcondition text[]'] },
  { schema: 'pg_catalog', name: 'pg_foreign_data_wrapper', oid: 2328, kind: 'r', columns: ['oid oid', 'fdwname name',
    'fdwowner oid', 'fdwhandler oid', 'fdwvalidator oid', 'fdwacl aclitem[]', 'fdwoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_foreign_server', oid: 1417, kind: 'r', columns: ['oid oid', 'srvname name',
    'srvowner oid', 'srvfdw oid', 'srvtype text', 'srvversion text', 'srvacl aclitem[]', 'srvoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_foreign_table', oid: 3118, kind: 'r', columns: ['ftrelid oid', 'ftserver oid',
    'ftoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_indexes', oid: 12043, kind: 'v', columns: ['schemaname name', 'tablename name',
    'indexname name', 'tablespace name', 'indexdef text'] },
  { schema: 'pg_catalog', name: 'pg_index', oid: 2610, kind: 'r', columns: ['indexrelid oid', 'indrelid oid',
    'indnatts int2', 'indnkeyatts int2', 'indisunique bool', 'indnullsnotdistinct bool', 'indisprimary bool',
    'indisexclusion bool', 'indimmediate bool', 'indisclustered bool', 'indisvalid bool', 'indcheckxmin bool',
    'indisready bool', 'indislive bool', 'indisreplident bool', 'indkey int2vector', 'indcollation oidvector',
    'indclass oidvector', 'indoption int2vector', 'indexprs text', 'indpred text'] },
  { schema: 'pg_catalog', name: 'pg_inherits', oid: 2611, kind: 'r', columns: ['inhrelid oid', 'inhparent oid',
    'inhseqno int4', 'inhdetachpending bool'] },
  { schema: 'pg_catalog', name: 'pg_init_privs', oid: 3394, kind: 'r', columns: ['objoid oid', 'classoid oid',
    'objsubid int4', 'privtype "char"', 'initprivs aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_language', oid: 2612, kind: 'r', columns: ['oid oid', 'lanname name',
    'lanowner oid', 'lanispl bool', 'lanpltrusted bool', 'lanplcallfoid oid', 'laninline oid', 'lanvalidator oid',
    'lanacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_largeobject_metadata', oid: 2995, kind: 'r', columns: ['oid oid', 'lomowner oid',
    'lomacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_cursors', oid: 12077, kind: 'v', columns: ['name text', 'statement text',
    'is_holdable bool', 'is_binary bool', 'is_scrollable bool', 'creation_time timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_locks', oid: 12073, kind: 'v', columns: ['locktype text', 'database oid',
    'relation oid', 'page int4', 'tuple int2', 'virtualxid text', 'transactionid xid', 'classid oid', 'objid oid',
    'objsubid int2', 'virtualtransaction text', 'pid int4', 'mode text', 'granted bool', 'fastpath bool',
    'waitstart timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_matviews', oid: 12038, kind: 'v', columns: ['schemaname name', 'matviewname name',
    'matviewowner name', 'tablespace name', 'hasindexes bool', 'ispopulated bool', 'definition text'] },
  { schema: 'pg_catalog', name: 'pg_namespace', oid: 2615, kind: 'r', columns: ['oid oid', 'nspname name',
    'nspowner oid', 'nspacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_opclass', oid: 2616, kind: 'r', columns: ['oid oid', 'opcmethod oid',
    'opcname name', 'opcnamespace oid', 'opcowner oid', 'opcfamily oid', 'opcintype oid', 'opcdefault bool',
    'opckeytype oid'] },
  { schema: 'pg_catalog', name: 'pg_operator', oid: 2617, kind: 'r', columns: ['oid oid', 'oprname name',
    'oprnamespace oid', 'oprowner oid', 'oprkind "char"', 'oprcanmerge bool', 'oprcanhash bool', 'oprleft oid',
    'oprright oid', 'oprresult oid', 'oprcom oid', 'oprnegate oid', 'oprcode regproc', 'oprrest regproc',
    'oprjoin regproc'] },
  { schema: 'pg_catalog', name: 'pg_opfamily', oid: 2753, kind: 'r', columns: ['oid oid', 'opfmethod oid',
    'opfname name', 'opfnamespace oid', 'opfowner oid'] },
  { schema: 'pg_catalog', name: 'pg_parameter_acl', oid: 6243, kind: 'r', columns: ['oid oid', 'parname text',
    'paracl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_partitioned_table', oid: 3350, kind: 'r', columns: ['partrelid oid',
    'partstrat "char"', 'partnatts int2', 'partdefid oid', 'partattrs int2vector', 'partclass oidvector',
    'partcollation oidvector', 'partexprs text'] },
  { schema: 'pg_catalog', name: 'pg_policy', oid: 3256, kind: 'r', columns: ['oid oid', 'polname name', 'polrelid oid',
    'polcmd "char"', 'polpermissive bool', 'polroles oid[]', 'polqual text', 'polwithcheck text'] },
  { schema: 'pg_catalog', name: 'pg_policies', oid: 12018, kind: 'v', columns: ['schemaname name', 'tablename name',
    'policyname name', 'permissive text', 'roles name[]', 'cmd text', 'qual text', 'with_check text'] },
  { schema: 'pg_catalog', name: 'pg_prepared_statements', oid: 12095, kind: 'v', columns: ['name text',
    'statement text', 'prepare_time timestamptz', 'parameter_types regtype[]', 'from_sql bool', 'generic_plans int8',
    'custom_plans int8'] },
  { schema: 'pg_catalog', name: 'pg_prepared_xacts', oid: 12090, kind: 'v', columns: ['transaction xid', 'gid text',
    'prepared timestamptz', 'owner name', 'database name'] },
  { schema: 'pg_catalog', name: 'pg_proc', oid: 1255, kind: 'r', columns: ['oid oid', 'proname name',
    'pronamespace oid', 'proowner oid', 'prolang oid', 'procost float4', 'prorows float4', 'provariadic oid',
    'prosupport regproc', 'prokind "char"', 'prosecdef bool', 'proleakproof bool', 'proisstrict bool',
    'proretset bool', 'provolatile "char"', 'proparallel "char"', 'pronargs int2', 'pronargdefaults int2',
    'prorettype oid', 'proargtypes oidvector', 'proallargtypes oid[]', 'proargmodes "char"[]', 'proargnames text[]',
    'proargdefaults text', 'protrftypes oid[]', 'prosrc text', 'probin text', 'prosqlbody text', 'proconfig text[]',
    'proacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_publication_namespace', oid: 6237, kind: 'r', columns: ['oid oid', 'pnpubid oid',
    'pnnspid oid'] },
  { schema: 'pg_catalog', name: 'pg_publication_rel', oid: 6106, kind: 'r', columns: ['oid oid', 'prpubid oid',
    'prrelid oid', 'prqual text', 'prattrs int2vector'] },
  { schema: 'pg_catalog', name: 'pg_publication', oid: 6104, kind: 'r', columns: ['oid oid', 'pubname name',
    'pubowner oid', 'puballtables bool', 'pubinsert bool', 'pubupdate bool', 'pubdelete bool', 'pubtruncate bool',
    'pubviaroot bool'] },
  { schema: 'pg_catalog', name: 'pg_range', oid: 3541, kind: 'r', columns: ['rngtypid oid', 'rngsubtype oid',
    'rngmultitypid oid', 'rngcollation oid', 'rngsubopc oid', 'rngcanonical regproc', 'rngsubdiff regproc'] },
  { schema: 'pg_catalog', name: 'pg_rewrite', oid: 2618, kind: 'r', columns: ['oid oid', 'rulename name',
    'ev_class oid', 'ev_type "char"', 'ev_enabled "char"', 'is_instead bool', 'ev_qual text', 'ev_action text'] },
  { schema: 'pg_catalog', name: 'pg_roles', oid: 12000, kind: 'v', columns: ['rolname name', 'rolsuper bool',
    'rolinherit bool', 'rolcreaterole bool', 'rolcreatedb bool', 'rolcanlogin bool', 'rolreplication bool',
    'rolconnlimit int4', 'rolpassword text', 'rolvaliduntil timestamptz', 'rolbypassrls bool', 'rolconfig text[]',
    'oid oid'] },
  { schema: 'pg_catalog', name: 'pg_seclabel', oid: 3596, kind: 'r', columns: ['objoid oid', 'classoid oid',
    'objsubid int4', 'provider text', 'label text'] },
  { schema: 'pg_catalog', name: 'pg_seclabels', oid: 12099, kind: 'v', columns: ['objoid oid', 'classoid oid',
    'objsubid int4', 'objtype text', 'objnamespace oid', 'objname text', 'provider text', 'label text'] },
  { schema: 'pg_catalog', name: 'pg_sequences', oid: 12048, kind: 'v', columns: ['schemaname name',
    'sequencename name', 'sequenceowner name', 'data_type regtype', 'start_value int8', 'min_value int8',
    'max_value int8', 'increment_by int8', 'cycle bool', 'cache_size int8', 'last_value int8'] },
  { schema: 'pg_catalog', name: 'pg_sequence', oid: 2224, kind: 'r', columns: ['seqrelid oid', 'seqtypid oid',
    'seqstart int8', 'seqincrement int8', 'seqmax int8', 'seqmin int8', 'seqcache int8', 'seqcycle bool'] },
  { schema: 'pg_catalog', name: 'pg_settings', oid: 12104, kind: 'v', columns: ['name text', 'setting text',
    'unit text', 'category text', 'short_desc text', 'extra_desc text', 'context text', 'vartype text', 'source text',
    'min_val text', 'max_val text', 'enumvals text[]', 'boot_val text', 'reset_val text', 'sourcefile text',
    'sourceline int4', 'pending_restart bool'] },
  { schema: 'pg_catalog', name: 'pg_shdepend', oid: 1214, kind: 'r', columns: ['dbid oid', 'classid oid', 'objid oid',
    'objsubid int4', 'refclassid oid', 'refobjid oid', 'deptype "char"'] },
  { schema: 'pg_catalog', name: 'pg_shdescription', oid: 2396, kind: 'r', columns: ['objoid oid', 'classoid oid',
    'description text'] },
  { schema: 'pg_catalog', name: 'pg_shseclabel', oid: 3592, kind: 'r', columns: ['objoid oid', 'classoid oid',
    'provider text', 'label text'] },
  { schema: 'pg_catalog', name: 'pg_stat_activity', oid: 12222, kind: 'v', columns: ['datid oid', 'datname name',
    'pid int4', 'leader_pid int4', 'usesysid oid', 'usename name', 'application_name text', 'client_addr text',
    'client_hostname text', 'client_port int4', 'backend_start timestamptz', 'xact_start timestamptz',
    'query_start timestamptz', 'state_change timestamptz', 'wait_event_type text', 'wait_event text', 'state text',
    'backend_xid xid', 'backend_xmin xid', 'query_id int8', 'query text', 'backend_type text'] },
  // pg_stat_statements 1.10's view (CREATE EXTENSION pg_stat_statements makes it; wire/statement-statistics.ts fills it).
  { schema: 'pg_catalog', name: 'pg_stat_statements', oid: 16400, kind: 'v', columns: ['userid oid', 'dbid oid', 'toplevel bool',
    'queryid int8', 'query text', 'plans int8', 'total_plan_time float8', 'min_plan_time float8', 'max_plan_time float8',
    'mean_plan_time float8', 'stddev_plan_time float8', 'calls int8', 'total_exec_time float8', 'min_exec_time float8',
    'max_exec_time float8', 'mean_exec_time float8', 'stddev_exec_time float8', 'rows int8', 'shared_blks_hit int8',
    'shared_blks_read int8', 'shared_blks_dirtied int8', 'shared_blks_written int8', 'local_blks_hit int8', 'local_blks_read int8',
    'local_blks_dirtied int8', 'local_blks_written int8', 'temp_blks_read int8', 'temp_blks_written int8', 'blk_read_time float8',
    'blk_write_time float8', 'temp_blk_read_time float8', 'temp_blk_write_time float8', 'wal_records int8', 'wal_fpi int8',
    'wal_bytes numeric', 'jit_functions int8', 'jit_generation_time float8', 'jit_inlining_count int8', 'jit_inlining_time float8',
    'jit_optimization_count int8', 'jit_optimization_time float8', 'jit_emission_count int8', 'jit_emission_time float8'] },
  { schema: 'pg_catalog', name: 'pg_stat_database', oid: 12266, kind: 'v', columns: ['datid oid', 'datname name',
    'numbackends int4', 'xact_commit int8', 'xact_rollback int8', 'blks_read int8', 'blks_hit int8', 'tup_returned int8',
    'tup_fetched int8', 'tup_inserted int8', 'tup_updated int8', 'tup_deleted int8', 'conflicts int8', 'temp_files int8',
    'temp_bytes int8', 'deadlocks int8', 'checksum_failures int8', 'checksum_last_failure timestamptz',
    'blk_read_time float8', 'blk_write_time float8', 'session_time float8', 'active_time float8',
    'idle_in_transaction_time float8', 'sessions int8', 'sessions_abandoned int8', 'sessions_fatal int8',
    'sessions_killed int8', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_all_tables', oid: 12142, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8', 'n_tup_ins int8',
    'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8', 'n_live_tup int8', 'n_dead_tup int8',
    'n_mod_since_analyze int8', 'n_ins_since_vacuum int8', 'last_vacuum timestamptz', 'last_autovacuum timestamptz',
    'last_analyze timestamptz', 'last_autoanalyze timestamptz', 'vacuum_count int8', 'autovacuum_count int8',
    'analyze_count int8', 'autoanalyze_count int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_all_indexes', oid: 12183, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_scan int8', 'idx_tup_read int8', 'idx_tup_fetch int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_user_indexes', oid: 12192, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_scan int8', 'idx_tup_read int8', 'idx_tup_fetch int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_user_tables', oid: 12161, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8', 'n_tup_ins int8',
    'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8', 'n_live_tup int8', 'n_dead_tup int8',
    'n_mod_since_analyze int8', 'n_ins_since_vacuum int8', 'last_vacuum timestamptz', 'last_autovacuum timestamptz',
    'last_analyze timestamptz', 'last_autoanalyze timestamptz', 'vacuum_count int8', 'autovacuum_count int8',
    'analyze_count int8', 'autoanalyze_count int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_all_indexes', oid: 12196, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_blks_read int8', 'idx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_all_tables', oid: 12170, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'heap_blks_read int8', 'heap_blks_hit int8', 'idx_blks_read int8',
    'idx_blks_hit int8', 'toast_blks_read int8', 'toast_blks_hit int8', 'tidx_blks_read int8', 'tidx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_user_indexes', oid: 12205, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_blks_read int8', 'idx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_all_sequences', oid: 12209, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'blks_read int8', 'blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_user_sequences', oid: 12218, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'blks_read int8', 'blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_user_functions', oid: 12275, kind: 'v', columns: ['funcid oid', 'schemaname name',
    'funcname name', 'calls int8', 'total_time float8', 'self_time float8'] },
  { schema: 'pg_catalog', name: 'pg_statio_user_tables', oid: 12179, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'heap_blks_read int8', 'heap_blks_hit int8', 'idx_blks_read int8',
    'idx_blks_hit int8', 'toast_blks_read int8', 'toast_blks_hit int8', 'tidx_blks_read int8', 'tidx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_available_extension_versions', oid: 12085, kind: 'v', columns: ['name name',
    'version text', 'installed bool', 'superuser bool', 'trusted bool', 'relocatable bool', 'schema name',
    'requires name[]', 'comment text'] },
  { schema: 'pg_catalog', name: 'pg_stat_archiver', oid: 12285, kind: 'v', columns: ['archived_count int8',
    'last_archived_wal text', 'last_archived_time timestamptz', 'failed_count int8', 'last_failed_wal text',
    'last_failed_time timestamptz', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_bgwriter', oid: 12289, kind: 'v', columns: ['checkpoints_timed int8',
    'checkpoints_req int8', 'checkpoint_write_time float8', 'checkpoint_sync_time float8', 'buffers_checkpoint int8',
    'buffers_clean int8', 'maxwritten_clean int8', 'buffers_backend int8', 'buffers_backend_fsync int8',
    'buffers_alloc int8', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_database_conflicts', oid: 12271, kind: 'v', columns: ['datid oid',
    'datname name', 'confl_tablespace int8', 'confl_lock int8', 'confl_snapshot int8', 'confl_bufferpin int8',
    'confl_deadlock int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_gssapi', oid: 12253, kind: 'v', columns: ['pid int4', 'gss_authenticated bool',
    'principal text', 'encrypted bool'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_analyze', oid: 12297, kind: 'v', columns: ['pid int4', 'datid oid',
    'datname name', 'relid oid', 'phase text', 'sample_blks_total int8', 'sample_blks_scanned int8',
    'ext_stats_total int8', 'ext_stats_computed int8', 'child_tables_total int8', 'child_tables_done int8',
    'current_child_table_relid oid'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_basebackup', oid: 12317, kind: 'v', columns: ['pid int4',
    'phase text', 'backup_total int8', 'backup_streamed int8', 'tablespaces_total int8', 'tablespaces_streamed int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_cluster', oid: 12307, kind: 'v', columns: ['pid int4', 'datid oid',
    'datname name', 'relid oid', 'command text', 'phase text', 'cluster_index_relid oid', 'heap_tuples_scanned int8',
    'heap_tuples_written int8', 'heap_blks_total int8', 'heap_blks_scanned int8', 'index_rebuild_count int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_copy', oid: 12322, kind: 'v', columns: ['pid int4', 'datid oid',
    'datname name', 'relid oid', 'command text', 'type text', 'bytes_processed int8', 'bytes_total int8',
    'tuples_processed int8', 'tuples_excluded int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_create_index', oid: 12312, kind: 'v', columns: ['pid int4',
    'datid oid', 'datname name', 'relid oid', 'index_relid oid', 'command text', 'phase text', 'lockers_total int8',
    'lockers_done int8', 'current_locker_pid int8', 'blocks_total int8', 'blocks_done int8', 'tuples_total int8',
    'tuples_done int8', 'partitions_total int8', 'partitions_done int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_progress_vacuum', oid: 12302, kind: 'v', columns: ['pid int4', 'datid oid',
    'datname name', 'relid oid', 'phase text', 'heap_blks_total int8', 'heap_blks_scanned int8',
    'heap_blks_vacuumed int8', 'index_vacuum_count int8', 'max_dead_tuples int8', 'num_dead_tuples int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_recovery_prefetch', oid: 12240, kind: 'v', columns: ['stats_reset timestamptz',
    'prefetch int8', 'hit int8', 'skip_init int8', 'skip_new int8', 'skip_fpw int8', 'skip_rep int8',
    'wal_distance int4', 'block_distance int4', 'io_depth int4'] },
  { schema: 'pg_catalog', name: 'pg_replication_slots', oid: 12257, kind: 'v', columns: ['slot_name name', 'plugin name',
    'slot_type text', 'datoid oid', 'database name', 'temporary bool', 'active bool', 'active_pid int4', 'xmin xid',
    'catalog_xmin xid', 'restart_lsn pg_lsn', 'confirmed_flush_lsn pg_lsn', 'wal_status text', 'safe_wal_size int8',
    'two_phase bool'] },
  { schema: 'pg_catalog', name: 'pg_stat_replication', oid: 12227, kind: 'v', columns: ['pid int4', 'usesysid oid',
    'usename name', 'application_name text', 'client_addr inet', 'client_hostname text', 'client_port int4',
    'backend_start timestamptz', 'backend_xmin xid', 'state text', 'sent_lsn pg_lsn', 'write_lsn pg_lsn', 'flush_lsn pg_lsn',
    'replay_lsn pg_lsn', 'write_lag interval', 'flush_lag interval', 'replay_lag interval', 'sync_priority int4',
    'sync_state text', 'reply_time timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_replication_slots', oid: 12262, kind: 'v', columns: ['slot_name text',
    'spill_txns int8', 'spill_count int8', 'spill_bytes int8', 'stream_txns int8', 'stream_count int8',
    'stream_bytes int8', 'total_txns int8', 'total_bytes int8', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_slru', oid: 12232, kind: 'v', columns: ['name text', 'blks_zeroed int8',
    'blks_hit int8', 'blks_read int8', 'blks_written int8', 'blks_exists int8', 'flushes int8', 'truncates int8',
    'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_ssl', oid: 12249, kind: 'v', columns: ['pid int4', 'ssl bool', 'version text',
    'cipher text', 'bits int4', 'client_dn text', 'client_serial numeric', 'issuer_dn text'] },
  { schema: 'pg_catalog', name: 'pg_stat_subscription', oid: 12244, kind: 'v', columns: ['subid oid', 'subname name',
    'pid int4', 'relid oid', 'received_lsn pg_lsn', 'last_msg_send_time timestamptz', 'last_msg_receipt_time timestamptz',
    'latest_end_lsn pg_lsn', 'latest_end_time timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_subscription_stats', oid: 12336, kind: 'v', columns: ['subid oid',
    'subname name', 'apply_error_count int8', 'sync_error_count int8', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_sys_indexes', oid: 12188, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_scan int8', 'idx_tup_read int8',
    'idx_tup_fetch int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_sys_tables', oid: 12152, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8', 'n_tup_ins int8',
    'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8', 'n_live_tup int8', 'n_dead_tup int8',
    'n_mod_since_analyze int8', 'n_ins_since_vacuum int8', 'last_vacuum timestamptz', 'last_autovacuum timestamptz',
    'last_analyze timestamptz', 'last_autoanalyze timestamptz', 'vacuum_count int8', 'autovacuum_count int8',
    'analyze_count int8', 'autoanalyze_count int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_wal', oid: 12293, kind: 'v', columns: ['wal_records int8', 'wal_fpi int8',
    'wal_bytes numeric', 'wal_buffers_full int8', 'wal_write int8', 'wal_sync int8', 'wal_write_time float8',
    'wal_sync_time float8', 'stats_reset timestamptz'] },
  { schema: 'pg_catalog', name: 'pg_stat_wal_receiver', oid: 12236, kind: 'v', columns: ['pid int4', 'status text',
    'receive_start_lsn pg_lsn', 'receive_start_tli int4', 'written_lsn pg_lsn', 'flushed_lsn pg_lsn', 'received_tli int4',
    'last_msg_send_time timestamptz', 'last_msg_receipt_time timestamptz', 'latest_end_lsn pg_lsn',
    'latest_end_time timestamptz', 'slot_name text', 'sender_host text', 'sender_port int4', 'conninfo text'] },
  { schema: 'pg_catalog', name: 'pg_stat_xact_all_tables', oid: 12147, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8',
    'n_tup_ins int8', 'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_xact_sys_tables', oid: 12157, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8',
    'n_tup_ins int8', 'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8'] },
  { schema: 'pg_catalog', name: 'pg_stat_xact_user_functions', oid: 12280, kind: 'v', columns: ['funcid oid',
    'schemaname name', 'funcname name', 'calls int8', 'total_time float8', 'self_time float8'] },
  { schema: 'pg_catalog', name: 'pg_stat_xact_user_tables', oid: 12166, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'seq_scan int8', 'seq_tup_read int8', 'idx_scan int8', 'idx_tup_fetch int8',
    'n_tup_ins int8', 'n_tup_upd int8', 'n_tup_del int8', 'n_tup_hot_upd int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_sys_indexes', oid: 12201, kind: 'v', columns: ['relid oid', 'indexrelid oid',
    'schemaname name', 'relname name', 'indexrelname name', 'idx_blks_read int8', 'idx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_sys_sequences', oid: 12214, kind: 'v', columns: ['relid oid',
    'schemaname name', 'relname name', 'blks_read int8', 'blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_statio_sys_tables', oid: 12175, kind: 'v', columns: ['relid oid', 'schemaname name',
    'relname name', 'heap_blks_read int8', 'heap_blks_hit int8', 'idx_blks_read int8', 'idx_blks_hit int8',
    'toast_blks_read int8', 'toast_blks_hit int8', 'tidx_blks_read int8', 'tidx_blks_hit int8'] },
  { schema: 'pg_catalog', name: 'pg_timezone_abbrevs', oid: 12122, kind: 'v', columns: ['abbrev text',
    'utc_offset interval', 'is_dst bool'] },
  { schema: 'pg_catalog', name: 'pg_statistic_ext', oid: 3381, kind: 'r', columns: ['oid oid', 'stxrelid oid',
    'stxname name', 'stxnamespace oid', 'stxowner oid', 'stxstattarget int4', 'stxkeys int2vector', 'stxkind text[]',
    'stxexprs text'] },
  { schema: 'pg_catalog', name: 'pg_subscription_rel', oid: 6102, kind: 'r', columns: ['srsubid oid', 'srrelid oid',
    'srsubstate "char"', 'srsublsn pg_lsn'] },
  { schema: 'pg_catalog', name: 'pg_subscription', oid: 6100, kind: 'r', columns: ['oid oid', 'subdbid oid',
    'subskiplsn pg_lsn', 'subname name', 'subowner oid', 'subenabled bool', 'subbinary bool', 'substream bool',
    'subtwophasestate "char"', 'subdisableonerr bool', 'subconninfo text', 'subslotname name', 'subsynccommit text',
    'subpublications text[]'] },
  { schema: 'pg_catalog', name: 'pg_tablespace', oid: 1213, kind: 'r', columns: ['oid oid', 'spcname name',
    'spcowner oid', 'spcacl aclitem[]', 'spcoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_tables', oid: 12033, kind: 'v', columns: ['schemaname name', 'tablename name',
    'tableowner name', 'tablespace name', 'hasindexes bool', 'hasrules bool', 'hastriggers bool', 'rowsecurity bool'] },
  { schema: 'pg_catalog', name: 'pg_timezone_names', oid: 12126, kind: 'v', columns: ['name text', 'abbrev text',
    'utc_offset interval', 'is_dst bool'] },
  { schema: 'pg_catalog', name: 'pg_transform', oid: 3576, kind: 'r', columns: ['oid oid', 'trftype oid',
    'trflang oid', 'trffromsql regproc', 'trftosql regproc'] },
  { schema: 'pg_catalog', name: 'pg_trigger', oid: 2620, kind: 'r', columns: ['oid oid', 'tgrelid oid',
    'tgparentid oid', 'tgname name', 'tgfoid oid', 'tgtype int2', 'tgenabled "char"', 'tgisinternal bool',
    'tgconstrrelid oid', 'tgconstrindid oid', 'tgconstraint oid', 'tgdeferrable bool', 'tginitdeferred bool',
    'tgnargs int2', 'tgattr int2vector', 'tgargs bytea', 'tgqual text', 'tgoldtable name', 'tgnewtable name'] },
  { schema: 'pg_catalog', name: 'pg_ts_config_map', oid: 3603, kind: 'r', columns: ['mapcfg oid', 'maptokentype int4',
    'mapseqno int4', 'mapdict oid'] },
  { schema: 'pg_catalog', name: 'pg_ts_config', oid: 3602, kind: 'r', columns: ['oid oid', 'cfgname name',
    'cfgnamespace oid', 'cfgowner oid', 'cfgparser oid'] },
  { schema: 'pg_catalog', name: 'pg_ts_dict', oid: 3600, kind: 'r', columns: ['oid oid', 'dictname name',
    'dictnamespace oid', 'dictowner oid', 'dicttemplate oid', 'dictinitoption text'] },
  { schema: 'pg_catalog', name: 'pg_ts_parser', oid: 3601, kind: 'r', columns: ['oid oid', 'prsname name',
    'prsnamespace oid', 'prsstart regproc', 'prstoken regproc', 'prsend regproc', 'prsheadline regproc',
    'prslextype regproc'] },
  { schema: 'pg_catalog', name: 'pg_ts_template', oid: 3764, kind: 'r', columns: ['oid oid', 'tmplname name',
    'tmplnamespace oid', 'tmplinit regproc', 'tmpllexize regproc'] },
  { schema: 'pg_catalog', name: 'pg_type', oid: 1247, kind: 'r', columns: ['oid oid', 'typname name',
    'typnamespace oid', 'typowner oid', 'typlen int2', 'typbyval bool', 'typtype "char"', 'typcategory "char"',
    'typispreferred bool', 'typisdefined bool', 'typdelim "char"', 'typrelid oid', 'typsubscript regproc',
    'typelem oid', 'typarray oid', 'typinput regproc', 'typoutput regproc', 'typreceive regproc', 'typsend regproc',
    'typmodin regproc', 'typmodout regproc', 'typanalyze regproc', 'typalign "char"', 'typstorage "char"',
    'typnotnull bool', 'typbasetype oid', 'typtypmod int4', 'typndims int4', 'typcollation oid', 'typdefaultbin text',
    'typdefault text', 'typacl aclitem[]'] },
  { schema: 'pg_catalog', name: 'pg_user_mappings', oid: 12327, kind: 'v', columns: ['umid oid', 'srvid oid',
    'srvname name', 'umuser oid', 'usename name', 'umoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_user_mapping', oid: 1418, kind: 'r', columns: ['oid oid', 'umuser oid',
    'umserver oid', 'umoptions text[]'] },
  { schema: 'pg_catalog', name: 'pg_user', oid: 12014, kind: 'v', columns: ['usename name', 'usesysid oid',
    'usecreatedb bool', 'usesuper bool', 'userepl bool', 'usebypassrls bool', 'passwd text', 'valuntil timestamptz',
    'useconfig text[]'] },
  { schema: 'pg_catalog', name: 'pg_views', oid: 12028, kind: 'v', columns: ['schemaname name', 'viewname name',
    'viewowner name', 'definition text'] },
  { schema: 'information_schema', name: 'check_constraints', oid: 13260, kind: 'v', columns: [
    'constraint_catalog name', 'constraint_schema name', 'constraint_name name', 'check_clause varchar'] },
  { schema: 'information_schema', name: 'domain_constraints', oid: 13310, kind: 'v', columns: ['constraint_catalog name',
    'constraint_schema name', 'constraint_name name', 'domain_catalog name', 'domain_schema name', 'domain_name name',
    'is_deferrable varchar(3)', 'initially_deferred varchar(3)'] },
  { schema: 'information_schema', name: 'domains', oid: 13320, kind: 'v', columns: ['domain_catalog name',
    'domain_schema name', 'domain_name name', 'data_type varchar', 'character_maximum_length int4',
    'character_octet_length int4', 'character_set_catalog name', 'character_set_schema name', 'character_set_name name',
    'collation_catalog name', 'collation_schema name', 'collation_name name', 'numeric_precision int4',
    'numeric_precision_radix int4', 'numeric_scale int4', 'datetime_precision int4', 'interval_type varchar',
    'interval_precision int4', 'domain_default varchar', 'udt_catalog name', 'udt_schema name', 'udt_name name',
    'scope_catalog name', 'scope_schema name', 'scope_name name', 'maximum_cardinality int4', 'dtd_identifier name'] },
  { schema: 'information_schema', name: 'columns', oid: 13295, kind: 'v', columns: ['table_catalog name',
    'table_schema name', 'table_name name', 'column_name name', 'ordinal_position int4', 'column_default varchar',
    'is_nullable varchar(3)', 'data_type varchar', 'character_maximum_length int4', 'character_octet_length int4',
    'numeric_precision int4', 'numeric_precision_radix int4', 'numeric_scale int4', 'datetime_precision int4',
    'interval_type varchar', 'interval_precision int4', 'character_set_catalog name', 'character_set_schema name',
    'character_set_name name', 'collation_catalog name', 'collation_schema name', 'collation_name name',
    'domain_catalog name', 'domain_schema name', 'domain_name name', 'udt_catalog name', 'udt_schema name',
    'udt_name name', 'scope_catalog name', 'scope_schema name', 'scope_name name', 'maximum_cardinality int4',
    'dtd_identifier name', 'is_self_referencing varchar(3)', 'is_identity varchar(3)', 'identity_generation varchar',
    'identity_start varchar', 'identity_increment varchar', 'identity_maximum varchar', 'identity_minimum varchar',
    'identity_cycle varchar(3)', 'is_generated varchar', 'generation_expression varchar', 'is_updatable varchar(3)'] },
  { schema: 'information_schema', name: 'column_domain_usage', oid: 13280, kind: 'v', columns: ['domain_catalog name',
    'domain_schema name', 'domain_name name', 'table_catalog name', 'table_schema name', 'table_name name', 'column_name name'] },
  { schema: 'information_schema', name: 'constraint_table_usage', oid: 13305, kind: 'v', columns: ['table_catalog name',
    'table_schema name', 'table_name name', 'constraint_catalog name', 'constraint_schema name', 'constraint_name name'] },
  { schema: 'information_schema', name: 'constraint_column_usage', oid: 13300, kind: 'v', columns: [
    'table_catalog name', 'table_schema name', 'table_name name', 'column_name name', 'constraint_catalog name',
    'constraint_schema name', 'constraint_name name'] },
  { schema: 'information_schema', name: 'key_column_usage', oid: 13329, kind: 'v', columns: ['constraint_catalog name',
    'constraint_schema name', 'constraint_name name', 'table_catalog name', 'table_schema name', 'table_name name',
    'column_name name', 'ordinal_position int4', 'position_in_unique_constraint int4'] },
  { schema: 'information_schema', name: 'parameters', oid: 13334, kind: 'v', columns: ['specific_catalog name',
    'specific_schema name', 'specific_name name', 'ordinal_position int4', 'parameter_mode varchar', 'is_result varchar(3)',
    'as_locator varchar(3)', 'parameter_name name', 'data_type varchar', 'character_maximum_length int4',
    'character_octet_length int4', 'character_set_catalog name', 'character_set_schema name', 'character_set_name name',
    'collation_catalog name', 'collation_schema name', 'collation_name name', 'numeric_precision int4',
    'numeric_precision_radix int4', 'numeric_scale int4', 'datetime_precision int4', 'interval_type varchar',
    'interval_precision int4', 'udt_catalog name', 'udt_schema name', 'udt_name name', 'scope_catalog name',
    'scope_schema name', 'scope_name name', 'maximum_cardinality int4', 'dtd_identifier name', 'parameter_default varchar'] },
  { schema: 'information_schema', name: 'referential_constraints', oid: 13339, kind: 'v', columns: [
    'constraint_catalog name', 'constraint_schema name', 'constraint_name name', 'unique_constraint_catalog name',
    'unique_constraint_schema name', 'unique_constraint_name name', 'match_option varchar', 'update_rule varchar',
    'delete_rule varchar'] },
  { schema: 'information_schema', name: 'routines', oid: 13377, kind: 'v', columns: ['specific_catalog name',
    'specific_schema name', 'specific_name name', 'routine_catalog name', 'routine_schema name', 'routine_name name',
    'routine_type varchar', 'module_catalog name', 'module_schema name', 'module_name name', 'udt_catalog name',
    'udt_schema name', 'udt_name name', 'data_type varchar', 'character_maximum_length int4',
    'character_octet_length int4', 'character_set_catalog name', 'character_set_schema name', 'character_set_name name',
    'collation_catalog name', 'collation_schema name', 'collation_name name', 'numeric_precision int4',
    'numeric_precision_radix int4', 'numeric_scale int4', 'datetime_precision int4', 'interval_type varchar',
    'interval_precision int4', 'type_udt_catalog name', 'type_udt_schema name', 'type_udt_name name',
    'scope_catalog name', 'scope_schema name', 'scope_name name', 'maximum_cardinality int4', 'dtd_identifier name',
    'routine_body varchar', 'routine_definition varchar', 'external_name varchar', 'external_language varchar',
    'parameter_style varchar', 'is_deterministic varchar(3)', 'sql_data_access varchar', 'is_null_call varchar(3)',
    'sql_path varchar', 'schema_level_routine varchar(3)', 'max_dynamic_result_sets int4',
    'is_user_defined_cast varchar(3)', 'is_implicitly_invocable varchar(3)', 'security_type varchar',
    'to_sql_specific_catalog name', 'to_sql_specific_schema name', 'to_sql_specific_name name', 'as_locator varchar(3)',
    'created timestamptz', 'last_altered timestamptz', 'new_savepoint_level varchar(3)', 'is_udt_dependent varchar(3)',
    'result_cast_from_data_type varchar', 'result_cast_as_locator varchar(3)', 'result_cast_char_max_length int4',
    'result_cast_char_octet_length int4', 'result_cast_char_set_catalog name', 'result_cast_char_set_schema name',
    'result_cast_char_set_name name', 'result_cast_collation_catalog name', 'result_cast_collation_schema name',
    'result_cast_collation_name name', 'result_cast_numeric_precision int4', 'result_cast_numeric_precision_radix int4',
    'result_cast_numeric_scale int4', 'result_cast_datetime_precision int4', 'result_cast_interval_type varchar',
    'result_cast_interval_precision int4', 'result_cast_type_udt_catalog name', 'result_cast_type_udt_schema name',
    'result_cast_type_udt_name name', 'result_cast_scope_catalog name', 'result_cast_scope_schema name',
    'result_cast_scope_name name', 'result_cast_maximum_cardinality int4', 'result_cast_dtd_identifier name'] },
  { schema: 'information_schema', name: 'schemata', oid: 13382, kind: 'v', columns: ['catalog_name name',
    'schema_name name', 'schema_owner name', 'default_character_set_catalog name', 'default_character_set_schema name',
    'default_character_set_name name', 'sql_path varchar'] },
  { schema: 'information_schema', name: 'sequences', oid: 13386, kind: 'v', columns: ['sequence_catalog name',
    'sequence_schema name', 'sequence_name name', 'data_type varchar', 'numeric_precision int4',
    'numeric_precision_radix int4', 'numeric_scale int4', 'start_value varchar', 'minimum_value varchar',
    'maximum_value varchar', 'increment varchar', 'cycle_option varchar(3)'] },
  { schema: 'information_schema', name: 'table_constraints', oid: 13411, kind: 'v', columns: [
    'constraint_catalog name', 'constraint_schema name', 'constraint_name name', 'table_catalog name',
    'table_schema name', 'table_name name', 'constraint_type varchar', 'is_deferrable varchar(3)',
    'initially_deferred varchar(3)', 'enforced varchar(3)', 'nulls_distinct varchar(3)'] },
  { schema: 'information_schema', name: 'tables', oid: 13425, kind: 'v', columns: ['table_catalog name',
    'table_schema name', 'table_name name', 'table_type varchar', 'self_referencing_column_name name',
    'reference_generation varchar', 'user_defined_type_catalog name', 'user_defined_type_schema name',
    'user_defined_type_name name', 'is_insertable_into varchar(3)', 'is_typed varchar(3)', 'commit_action varchar'] },
  { schema: 'information_schema', name: 'table_privileges', oid: 13416, kind: 'v', columns: ['grantor name', 'grantee name',
    'table_catalog name', 'table_schema name', 'table_name name', 'privilege_type varchar', 'is_grantable varchar(3)',
    'with_hierarchy varchar(3)'] },
  { schema: 'information_schema', name: 'role_table_grants', oid: 13421, kind: 'v', columns: ['grantor name', 'grantee name',
    'table_catalog name', 'table_schema name', 'table_name name', 'privilege_type varchar', 'is_grantable varchar(3)',
    'with_hierarchy varchar(3)'] },
  { schema: 'information_schema', name: 'triggers', oid: 13440, kind: 'v', columns: ['trigger_catalog name', 'trigger_schema name',
    'trigger_name name', 'event_manipulation varchar', 'event_object_catalog name', 'event_object_schema name',
    'event_object_table name', 'action_order int4', 'action_condition varchar', 'action_statement varchar',
    'action_orientation varchar', 'action_timing varchar', 'action_reference_old_table name',
    'action_reference_new_table name', 'action_reference_old_row name', 'action_reference_new_row name', 'created timestamptz'] },
  { schema: 'information_schema', name: 'view_column_usage', oid: 13468, kind: 'v', columns: ['view_catalog name',
    'view_schema name', 'view_name name', 'table_catalog name', 'table_schema name', 'table_name name', 'column_name name'] },
  { schema: 'information_schema', name: 'view_table_usage', oid: 13478, kind: 'v', columns: ['view_catalog name',
    'view_schema name', 'view_name name', 'table_catalog name', 'table_schema name', 'table_name name'] },
  { schema: 'information_schema', name: 'views', oid: 13483, kind: 'v', columns: ['table_catalog name',
    'table_schema name', 'table_name name', 'view_definition varchar', 'check_option varchar',
    'is_updatable varchar(3)', 'is_insertable_into varchar(3)', 'is_trigger_updatable varchar(3)',
    'is_trigger_deletable varchar(3)', 'is_trigger_insertable_into varchar(3)'] },
];

const BY_NAME = new Map(RELATIONS.map((r) => [`${r.schema}.${r.name}`, r]));

/**
 * The catalog relation a name denotes: `pg_catalog.x` and `information_schema.x` as written, and
 * an unqualified `pg_*` name as pg_catalog's, since pg_catalog comes first on every search path.
 */
export function catalogRelation(schema: string | undefined, name: string): CatalogRelation | undefined {
  return BY_NAME.get(`${schema ?? 'pg_catalog'}.${name}`);
}

/**
 * PostgreSQL 15's primary keys of pg_catalog's tables (PostgreSQL 14 gave the catalogs them): a
 * grouped query over one may use any column of a table whose key it groups by, as of a user table.
 */
const PRIMARY_KEYS: Record<string, string[]> = {
  pg_aggregate: ['aggfnoid'], pg_am: ['oid'], pg_amop: ['oid'], pg_amproc: ['oid'], pg_attrdef: ['oid'],
  pg_attribute: ['attrelid', 'attnum'], pg_auth_members: ['roleid', 'member'], pg_authid: ['oid'], pg_cast: ['oid'],
  pg_class: ['oid'], pg_collation: ['oid'], pg_constraint: ['oid'], pg_conversion: ['oid'], pg_database: ['oid'],
  pg_db_role_setting: ['setdatabase', 'setrole'], pg_default_acl: ['oid'],
  pg_description: ['objoid', 'classoid', 'objsubid'], pg_enum: ['oid'], pg_event_trigger: ['oid'],
  pg_extension: ['oid'], pg_foreign_data_wrapper: ['oid'], pg_foreign_server: ['oid'], pg_foreign_table: ['ftrelid'],
  pg_index: ['indexrelid'], pg_inherits: ['inhrelid', 'inhseqno'], pg_init_privs: ['objoid', 'classoid', 'objsubid'],
  pg_language: ['oid'], pg_largeobject: ['loid', 'pageno'], pg_largeobject_metadata: ['oid'], pg_namespace: ['oid'],
  pg_opclass: ['oid'], pg_operator: ['oid'], pg_opfamily: ['oid'], pg_parameter_acl: ['oid'],
  pg_partitioned_table: ['partrelid'], pg_policy: ['oid'], pg_proc: ['oid'], pg_publication: ['oid'],
  pg_publication_namespace: ['oid'], pg_publication_rel: ['oid'], pg_range: ['rngtypid'],
  pg_replication_origin: ['roident'], pg_rewrite: ['oid'],
  pg_seclabel: ['objoid', 'classoid', 'objsubid', 'provider'], pg_sequence: ['seqrelid'],
  pg_shdescription: ['objoid', 'classoid'], pg_shseclabel: ['objoid', 'classoid', 'provider'],
  pg_statistic: ['starelid', 'staattnum', 'stainherit'], pg_statistic_ext: ['oid'],
  pg_statistic_ext_data: ['stxoid', 'stxdinherit'], pg_subscription: ['oid'],
  pg_subscription_rel: ['srrelid', 'srsubid'], pg_tablespace: ['oid'], pg_transform: ['oid'], pg_trigger: ['oid'],
  pg_ts_config: ['oid'], pg_ts_config_map: ['mapcfg', 'maptokentype', 'mapseqno'], pg_ts_dict: ['oid'],
  pg_ts_parser: ['oid'], pg_ts_template: ['oid'], pg_type: ['oid'], pg_user_mapping: ['oid']
};

/** The primary key's columns of a catalog table; none for a view. */
export function catalogPrimaryKey(r: CatalogRelation): string[] {
  return r.schema === 'pg_catalog' ? (PRIMARY_KEYS[r.name] ?? []) : [];
}

/** `schema.name`, as SessionContext.serverRows names a relation. */
export function relationKey(r: CatalogRelation): string {
  return `${r.schema}.${r.name}`;
}

/** The relation's table in SQLite. */
export function sqliteTable(r: CatalogRelation): string {
  return `temp."${r.schema}.${r.name}"`;
}

export function columnNames(r: CatalogRelation): string[] {
  return r.columns.map((c) => c.slice(0, c.indexOf(' ')));
}

/** The declared type of a column of a catalog relation. */
export function columnType(r: CatalogRelation, column: string): string | undefined {
  const prefix = column + ' ';
  return r.columns.find((c) => c.startsWith(prefix))?.slice(prefix.length);
}

/**
 * The frozen-transaction horizon every database and table shows (datfrozenxid, relfrozenxid):
 * evsql has no transaction IDs to wrap around, so nothing is ever older, and the next one is
 * taken to be the one after it (xid-age.ts).
 */
export const FROZEN_XID = 716;

/** evsql's own lookup tables behind the catalog functions. */
export const HELPER = {
  definition: 'temp."evsql.definition"',
  pretty: 'temp."evsql.pretty"',
  indexKey: 'temp."evsql.index_key"',
  function: 'temp."evsql.function"',
  name: 'temp."evsql.name"',
  state: 'temp."evsql.catalog_state"',
} as const;

/** GLOB patterns of the catalog's own temp-schema objects (its tables, their indexes, evsql's lookup tables). */
export const CATALOG_OBJECT_PATTERNS = ['pg_catalog.*', 'information_schema.*', 'evsql.*'];

/**
 * Marks, in their SQL, the temp views by which a reader shows a table as last committed
 * (executor/committed-view.ts): they bear the table's own name and are no object of their own.
 */
export const COMMITTED_VIEW_MARK = '/* evsql.committed */';

export function isCatalogObject(name: string): boolean {
  return CATALOG_OBJECT_PATTERNS.some((p) => name.startsWith(p.slice(0, -1)));
}

/**
 * The catalog's functions that read its names of the user's types (format_type, regtype input):
 * a statement calling one reads the catalog though it names none of its tables
 * (`SELECT format_type('mood'::regtype, NULL)`).
 */
const CATALOG_READ = /temp\."|\bpg_(?:format_type|regtype_in|to_regtype|procedure_argtypes)\(/;

/** Whether a statement's SQLite text reads the catalog (the translator names its tables so, and calls those functions). */
export function readsCatalog(sql: string): boolean {
  return CATALOG_READ.test(sql);
}

/** A relation name as regclass input reads it: `name`, `"Name"`, `schema.name`. */
export function relationName(input: string): { schema: string | null; name: string } {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^."]+))\s*(\.|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < input.length && (m = re.exec(input))) {
    parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.trim().toLowerCase());
    if (m[3] === '') break;
  }
  const name = parts.at(-1) ?? input;
  return { schema: parts.length > 1 ? parts.at(-2)! : null, name };
}

/**
 * A type name as regtype input reads it (`int4`, `character varying`, `"pg_catalog"."int4"` as
 * TypeORM sends): its OID; 42704 for a name that is no type. A quoted identifier is the same name
 * unquoted when it is a lower-case identifier. `userType` finds the schema's own types (enums,
 * composites, domains) by name and, where the name gives one, schema.
 */
export function regtypeOid(input: string, userType: (name: string, schema: string | null) => number | undefined = () => undefined): number {
  const name = input.trim().replace(/"((?:[^"]|"")*)"/g, (quoted, id: string) => (/^[a-z_][a-z0-9_$]*$/.test(id) ? id : quoted));
  const qualified = relationName(input.trim());
  const own = qualified.schema === 'pg_catalog' ? undefined : userType(qualified.name, qualified.schema);
  if (own !== undefined) return own;
  const oid = typeFromDeclared(name).oid;
  // A name the registry does not know reads as text, or text[] with brackets (`'nosuch[]'`).
  if ((oid === OID.text && !/^(pg_catalog\.)?text$/i.test(name)) || (oid === OID.text_array && !/^(pg_catalog\.)?(text\s*\[\]|_text)$/i.test(name))) throw new PgError(SqlState.undefinedObject, `type "${input.trim().replace(/"/g, '')}" does not exist`);
  return oid;
}

/**
 * evsql's own objects in a replica's files (undo records, rows saved for schema undo, capture
 * triggers) are named with this prefix. The translator refuses every name that starts with it, so
 * no statement reaches them, and a user table named `evsql_…` is an ordinary table.
 */
export const INTERNAL_PREFIX = 'evsql.';

/**
 * A session's temporary tables are stored under this prefix and the session's id, so no other
 * session can name them, and two sessions may each have a temporary table of the same name.
 */
export function sessionTempPrefix(session: number): string {
  return `${INTERNAL_PREFIX}temp.${session}.`;
}

/** Whether a temp-schema object is a session's temporary table (or its index). */
export function isSessionTemp(name: string): boolean {
  return name.startsWith(`${INTERNAL_PREFIX}temp.`);
}

/** sessionTempPrefix's prefixes, wherever they stand in a text (an error message). */
export const SESSION_TEMP_PREFIXES = /evsql\.temp\.\d+\./g;

/** The sessionTempPrefix a session's temporary table (or index) name starts with, or null. */
export function sessionTempPrefixOf(name: string): string | null {
  const found = new RegExp(SESSION_TEMP_PREFIXES.source).exec(name);
  return found?.index === 0 ? found[0] : null;
}

/** Tables evsql keeps for itself (undo, lookups) or SQLite keeps: left out of the replicated state and the catalog. */
export function isInternalTable(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith(INTERNAL_PREFIX) || lower.startsWith('sqlite_');
}

/**
 * Names no client statement may name, nor create: evsql's and SQLite's own objects and the
 * catalog's temp tables. SQLite matches names without regard to case, so neither does this.
 */
export function isReservedName(name: string): boolean {
  const lower = name.toLowerCase();
  return isInternalTable(name) || isCatalogObject(lower) || isEnumView(lower) || isRangeView(lower) || isCompositeView(lower) || isExtensionView(lower) || isFunctionView(lower) || isDomainView(lower) || isSequenceTable(lower) || isRoleCatalogView(lower) || isSchemaView(lower) || isCommentView(lower);
}

/**
 * SQLite's eponymous virtual tables (pragma_database_list shows the file's path, dbstat its
 * pages): a FROM item of one of these names reaches SQLite's machinery unless a user relation or
 * a CTE of that name hides it.
 */
export function isSqliteModuleName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('pragma_') || SQLITE_MODULES.has(lower);
}

const SQLITE_MODULES = new Set(['dbstat', 'json_each', 'json_tree', 'sqlite_dbpage', 'sqlite_stmt', 'bytecode', 'tables_used', 'fts3tokenize', 'fts4aux', 'fts5vocab', 'carray', 'generate_series', 'completion']);

/** SQLite's names for a row's rowid. A table must leave one free: change capture addresses rows by it. */
export const ROWID_NAMES = ['rowid', '_rowid_', 'oid'] as const;

/** A name SQLite answers on every table with its rowid (case-insensitively, as SQLite matches names). */
export function isRowidName(name: string): boolean {
  return (ROWID_NAMES as readonly string[]).includes(name.toLowerCase());
}

/** Whether columns of these names leave the table's rows addressable. */
export function leavesRowidFree(columns: readonly string[]): boolean {
  const taken = new Set(columns.map((c) => c.toLowerCase()));
  return ROWID_NAMES.some((n) => !taken.has(n));
}
