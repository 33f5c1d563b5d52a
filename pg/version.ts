/** The PostgreSQL version evsql presents itself as: psql and pgbench pick their dialect from it. */
export const SERVER_VERSION = '15.8';
/** evsql's own version, as package.json says (test/ops-cli.test.ts checks they agree). */
export const EVSQL_VERSION = '0.1.0';
export const VERSION_STRING = `PostgreSQL ${SERVER_VERSION} (evsql ${EVSQL_VERSION}) on x86_64-pc-linux-gnu, compiled by TypeScript, 64-bit`;
