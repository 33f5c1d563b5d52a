/**
 * Prisma 7 (devDependencies prisma, @prisma/client, @prisma/adapter-pg, and the schema engine
 * built for WebAssembly) running prisma-app.ts against evsql and against PostgreSQL 15: its
 * migration made from the schema and deployed twice, the schema pulled back, then its client.
 * `prisma generate` writes the client (prisma/generated, not committed) before the program is
 * loaded.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';

const servers = sideBySide();
const ROOT = join(import.meta.dirname, '../..');

beforeAll(async () => {
  // generate reads only the schema, but the CLI fetches the schema engine's native binary
  // (from binaries.prisma.sh) before any command unless given one: name a file that exists.
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
  await promisify(execFile)(join(ROOT, 'node_modules/.bin/prisma'), ['generate', '--schema', join(import.meta.dirname, 'prisma/schema.prisma')], { env, timeout: 60_000 });
});

describe('Prisma', () => {
  it('Prisma 7: migrate diff, deploy twice and db pull (its schema engine), the client over node-postgres, P2002/P2003/P2025', async () => {
    const { prismaProgram } = await import('./prisma-app.js');
    const [onEvsql, onPostgres] = await Promise.all([prismaProgram(servers.server.config()), prismaProgram(servers.postgres.config())]);
    expect(onEvsql).toEqual(onPostgres);
    expect(onEvsql).toContain('second migrate deploy: []');
    expect(onEvsql.find((l) => l.startsWith('db pull'))).toContain('model User {\n  id        Int      @id @default(autoincrement())\n  email     String   @unique');
    expect(onEvsql).toContain('no drafts ann@example.com');
    expect(onEvsql.find((l) => l.startsWith('unique'))).toMatch(/^unique P2002 .*"UniqueConstraintViolation","originalCode":"23505","constraint":{"index":"User_email_key"}/);
  });

  it('Prisma 7: db pull of tables written in SQL (an enum, identity and composite keys, foreign key actions, DESC, partial and expression indexes)', async () => {
    const { prismaPullProgram } = await import('./prisma-app.js');
    const [onEvsql, onPostgres] = await Promise.all([prismaPullProgram(servers.server.config()), prismaPullProgram(servers.postgres.config())]);
    expect(onEvsql).toEqual(onPostgres);
    expect(onEvsql[0]).toContain('  @@id([order_id, line])\n');
    expect(onEvsql[0]).toContain('@unique(map: "pl_items_sku_idx", where: raw("(price IS NOT NULL)"))');
  });
});
