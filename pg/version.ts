/** The PostgreSQL version evsql presents itself as: psql and pgbench pick their dialect from it. */
export const SERVER_VERSION = '15.8';
export const VERSION_STRING = `PostgreSQL ${SERVER_VERSION} (evsql 0.1.0) on x86_64-pc-linux-gnu, compiled by TypeScript, 64-bit`;
