import { TcpProxy, viaProxy } from '../helpers/tcp-proxy';
import { call, newTenant, startServer } from './helpers';

describe('database outage under load', () => {
  it('answers 503 fast while PostgreSQL is away, /health says so, and recovers without a restart', async () => {
    const target = new URL(process.env.TEST_DB_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const server = await startServer(viaProxy(process.env.TEST_DB_URL!, proxy.port));
    try {
      const tenant = await newTenant(server.url);
      await call(server.url, 'POST', '/external/payment-certificate/bulk-create', {
        token: tenant.token,
        body: [{ code: 'UP' }],
      });
      const get = () => call(server.url, 'GET', '/external/payment-certificate/1', { token: tenant.token });
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
});
