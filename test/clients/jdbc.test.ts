/**
 * JDBC: pgjdbc 42.5 (Debian's libpostgresql-jdbc-java, on the JDK's java; .ci/run installs both)
 * runs JdbcApp.java and JdbcMetaApp.java against evsql and against PostgreSQL 15; what each prints
 * must be the same.
 */
import { describe, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';

const servers = sideBySide();

describe('JDBC', () => {
  it('pgjdbc 42.5: setDate and other parameters, generated keys, batches, rollback, 23505, {? = call f(?)}, DatabaseMetaData tables, columns, primary, foreign and index keys', async () => {
    await printsTheSame(servers, 'java', ['-cp', '/usr/share/java/postgresql.jar', 'JdbcApp.java']);
  });

  it("pgjdbc 42.5: DatabaseMetaData of two schemas' tables, keys, indexes, views, sequences, types, functions and procedures; ResultSetMetaData of a join; parameter metadata; java.time, UUID, byte[] and array parameters; CallableStatement; query timeout; fetch size; failing batches; savepoints", async () => {
    await printsTheSame(servers, 'java', ['-cp', '/usr/share/java/postgresql.jar', 'JdbcMetaApp.java']);
  });
});
