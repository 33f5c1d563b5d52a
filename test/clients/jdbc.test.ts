/**
 * JDBC: pgjdbc 42.5 (Debian's libpostgresql-jdbc-java, on the JDK's java; .ci/run installs both)
 * runs JdbcApp.java against evsql and against PostgreSQL 15; what it prints must be the same.
 */
import { describe, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';

const servers = sideBySide();

describe('JDBC', () => {
  it('pgjdbc 42.5: setDate and other parameters, generated keys, batches, rollback, 23505, {? = call f(?)}, DatabaseMetaData tables, columns, primary, foreign and index keys', async () => {
    await printsTheSame(servers, 'java', ['-cp', '/usr/share/java/postgresql.jar', 'JdbcApp.java']);
  });
});
