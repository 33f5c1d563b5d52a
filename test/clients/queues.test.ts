/**
 * pg-boss 9, unchanged, against a real evsql process: its install (one transaction behind an
 * advisory lock keyed by `('x' || md5(…))::bit(64)::bigint`, an enum, partial unique indexes on
 * `state < 'completed'`, a LIKE copy of the job table), then a job's life — send, fetch, complete
 * (an UPDATE and an INSERT into the same table in one WITH), fail and retry, singletons, schedules.
 */
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let boss: PgBoss;
const errors: Error[] = [];

beforeAll(async () => {
  server = await startServer();
  const { host, port, user, database } = server.config();
  boss = new PgBoss({ host, port, user, database, schema: 'queue25', noSupervisor: true, noScheduling: true });
  boss.on('error', (e: Error) => errors.push(e));
  await boss.start();
});

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true, destroy: true });
  if (server) expect(await server.stop()).toBe(0);
});

describe('pg-boss 9', () => {
  it('installs its schema at its version', async () => {
    const c = await server.client();
    const { rows } = await c.query('SELECT version FROM queue25.version');
    const indexes = await c.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'queue25' AND indexname LIKE 'job_singleton%' ORDER BY 1");
    await c.end();
    expect(rows).toEqual([{ version: 20 }]);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['job_singleton_queue', 'job_singletonkey', 'job_singletonkeyon', 'job_singletonon']);
    // A second start finds it installed: the version check's division by zero is its answer.
    const again = new PgBoss({ ...server.config(), schema: 'queue25', noSupervisor: true, noScheduling: true });
    await again.start();
    await again.stop({ graceful: false, wait: true, destroy: true });
  });

  it('sends, fetches and completes a job, with its output', async () => {
    const id = await boss.send('mail', { to: 'a@example.com' });
    const job = await boss.fetch<{ to: string }>('mail');
    expect(job?.id).toBe(id);
    expect(job?.data).toEqual({ to: 'a@example.com' });
    expect(await boss.fetch('mail')).toBeNull();
    await boss.complete(id!, { sent: true });
    const done = await boss.getJobById(id!);
    expect(done?.state).toBe('completed');
    expect(done?.output).toEqual({ sent: true });
  });

  it('retries a failed job until its retry limit', async () => {
    const id = await boss.send('flaky', {}, { retryLimit: 1 });
    await boss.fail((await boss.fetch('flaky'))!.id, new Error('boom'));
    expect((await boss.getJobById(id!))?.state).toBe('retry');
    const again = await boss.fetch('flaky');
    expect(again?.id).toBe(id);
    await boss.fail(id!, new Error('boom again'));
    const failed = await boss.getJobById(id!);
    expect(failed?.state).toBe('failed');
    expect(failed?.retrycount ?? (failed as unknown as { retryCount: number }).retryCount).toBe(1);
  });

  it('keeps one singleton job and one throttled job per key (the partial unique indexes)', async () => {
    expect(await boss.sendSingleton('nightly', { n: 1 })).not.toBeNull();
    expect(await boss.sendSingleton('nightly', { n: 2 })).toBeNull();
    expect(await boss.send('report', {}, { singletonKey: 'k', singletonSeconds: 600 })).not.toBeNull();
    expect(await boss.send('report', {}, { singletonKey: 'k', singletonSeconds: 600 })).toBeNull();
    expect(await boss.getQueueSize('nightly')).toBe(1);
  });

  it('keeps schedules', async () => {
    await boss.schedule('digest', '*/5 * * * *', { s: 1 });
    await boss.schedule('digest', '0 * * * *', { s: 2 });
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.data])).toEqual([['digest', '0 * * * *', { s: 2 }]]);
    await boss.unschedule('digest');
    expect(await boss.getSchedules()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
