import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../libs/data/src';
import { EmbeddedProcess } from '../helpers/embedded-process';
import { TcpProxy, viaProxy } from '../helpers/tcp-proxy';
import { call, newTenant, startServer } from './helpers';

/** A new organization with one certificate; answers a GET of it. */
async function oneCertificate(base: string): Promise<() => ReturnType<typeof call>> {
  const tenant = await newTenant(base);
  const made = await call(base, 'POST', '/external/payment-certificate/bulk-create', {
    token: tenant.token,
    body: [{ code: 'UP' }],
  });
  expect(made.status).toBe(201);
  return () => call(base, 'GET', '/external/payment-certificate/1', { token: tenant.token });
}

describe('database outage under load', () => {
  it('answers 503 fast while PostgreSQL is away, /health says so, and recovers without a restart', async () => {
    const target = new URL(process.env.TEST_DB_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const server = await startServer(viaProxy(process.env.TEST_DB_URL!, proxy.port));
    try {
      const get = await oneCertificate(server.url);
      expect((await get()).status).toBe(200);

      await proxy.cut();
      // wait past the token cache so authentication needs the database too
      await new Promise((r) => setTimeout(r, 5_500));
      const down = await Promise.all(Array.from({ length: 20 }, get));
      for (const d of down) {
        expect(d.status).toBe(503);
        expect(d.body.error).toBe('database_unavailable');
        expect(d.ms).toBeLessThan(5_000);
      }
      const health = await call(server.url, 'GET', '/health');
      expect(health.status).toBe(503);
      expect(health.body.error).toBe('unhealthy');

      await proxy.restore();
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        status = (await get()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      expect((await call(server.url, 'GET', '/health')).status).toBe(200);
    } finally {
      await server.stop();
      await proxy.cut().catch(() => undefined);
    }
  });

  it('survives PostgreSQL itself stopping under load: 503 fast, /health down, back by itself when it restarts', async () => {
    // a server of its own, so stopping it leaves the suite's database alone
    const dir = mkdtempSync(join(tmpdir(), 'giftcode-outage-'));
    let db = await EmbeddedProcess.start(dir);
    await runMigrations(db.url);
    const server = await startServer(db.url);
    try {
      const get = await oneCertificate(server.url);
      let stop = false;
      const statuses: number[] = [];
      const load = Promise.all(
        Array.from({ length: 8 }, async () => {
          while (!stop) statuses.push((await get()).status);
        }),
      );
      await new Promise((r) => setTimeout(r, 500));
      await db.stop();
      // past the token cache, so authentication needs the database too
      await new Promise((r) => setTimeout(r, 5_500));
      const down = await Promise.all(Array.from({ length: 20 }, get));
      for (const d of down) {
        expect([d.status, d.body.error]).toEqual([503, 'database_unavailable']);
        expect(d.ms).toBeLessThan(5_000);
      }
      expect((await call(server.url, 'GET', '/health')).status).toBe(503);

      db = await EmbeddedProcess.start(dir, db.port);
      let status = 0;
      for (let i = 0; i < 60 && status !== 200; i++) {
        status = (await get()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      stop = true;
      await load;
      expect(status).toBe(200);
      expect((await call(server.url, 'GET', '/health')).status).toBe(200);
      // under load every answer was the certificate or a clean 503, never a hang or a 500
      expect(statuses.length).toBeGreaterThan(20);
      expect([...new Set(statuses)].sort()).toEqual([200, 503]);
    } finally {
      await server.stop();
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
