import { Client } from 'pg';
import { TestApp } from '../helpers/test-app';
import { TcpProxy, viaProxy } from '../helpers/tcp-proxy';

describe('GET /health', () => {
  it('is 503 while the database is unreachable and 200 again once it is back, without restart', async () => {
    const target = new URL(process.env.TEST_DB_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const t = await TestApp.start({}, viaProxy(process.env.TEST_DB_URL!, proxy.port));
    try {
      expect((await t.request('GET', '/health')).status).toBe(200);
      await proxy.cut();
      const started = Date.now();
      const down = await t.request('GET', '/health');
      expect(down.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5000);
      const tenantRoute = await t.request('GET', '/me', { token: 'x'.repeat(32) });
      expect(tenantRoute.status).toBe(503);
      expect(tenantRoute.body.error).toBe('database_unavailable');
      await proxy.restore();
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await t.request('GET', '/health')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
    } finally {
      await t.close();
      await proxy.cut().catch(() => undefined);
    }
  });

  it('is 503 when migrations are pending', async () => {
    const name = `giftcode_unmigrated_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.TEST_DB_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DB_URL!);
    url.pathname = `/${name}`;
    const t = await TestApp.start({}, url.toString());
    try {
      const res = await t.request('GET', '/health');
      expect(res.status).toBe(503);
      expect(res.text).toContain('migrations pending');
    } finally {
      await t.close();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    }
  });
});
