import { Client } from 'pg';
import { call, newTenant, startServer } from './helpers';

const BATCH = 200;

describe('crash: kill -9 under load, restart', () => {
  it('keeps every acknowledged write and no half-written batch', async () => {
    let server = await startServer();
    const tenant = await newTenant(server.url);
    const acknowledged: number[] = [];
    let batch = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const n = batch++;
        const items = Array.from({ length: BATCH }, (_, i) => ({ code: `B${n}-${i}`, value: i }));
        try {
          const res = await call(server.url, 'POST', '/external/payment-certificate/bulk-create', {
            token: tenant.token,
            body: items,
          });
          if (res.status === 201) acknowledged.push(n);
        } catch {
          /* the connection died with the process */
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 1500));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(5);

    server = await startServer();
    try {
      const db = new Client({ connectionString: process.env.TEST_DB_URL });
      await db.connect();
      const { rows } = await db.query(
        `SELECT split_part(code, '-', 1) AS batch, count(*)::int AS n FROM certificates WHERE organization_id = $1 GROUP BY 1`,
        [tenant.id],
      );
      await db.end();
      const stored = new Map(rows.map((r) => [r.batch, r.n]));
      for (const n of acknowledged) expect(stored.get(`B${n}`)).toBe(BATCH);
      for (const count of stored.values()) expect(count).toBe(BATCH);
      // the service answers normally after the restart
      const list = await call(server.url, 'GET', '/external/payment-certificate/?limit=1', {
        token: tenant.token,
      });
      expect(list.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
