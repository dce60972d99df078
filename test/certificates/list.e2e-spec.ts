import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TestApp } from '../helpers/test-app';
import { BASE, codes, Tenant } from './helpers';

describe('certificates: GET / (streamed list)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const list = (tenant: Tenant, query = '') => t.request('GET', `${BASE}/${query}`, { token: tenant.token });

  it('filters by is_active and code prefix and pages with offset/limit, in id order', async () => {
    const tenant = await t.newTenant();
    await t.request('POST', `${BASE}/bulk-create/`, {
      token: tenant.token,
      body: [...codes('CERT-', 5), ...codes('GIFT-', 3), { code: 'CERT_%', is_active: false }],
    });
    await t.request('PUT', `${BASE}/bulk-update/`, {
      token: tenant.token,
      body: [{ id: 2, is_active: false }],
    });
    const all = await list(tenant);
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toContain('application/json');
    expect(all.body.map((c: { id: number }) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Object.keys(all.body[0])).toEqual(['id', 'code', 'is_active', 'value']);
    expect((await list(tenant, '?code=GIFT-')).body.map((c: { code: string }) => c.code)).toEqual([
      'GIFT-0',
      'GIFT-1',
      'GIFT-2',
    ]);
    expect((await list(tenant, '?code=CERT_')).body.map((c: { code: string }) => c.code)).toEqual(['CERT_%']);
    expect((await list(tenant, '?is_active=false')).body.map((c: { id: number }) => c.id)).toEqual([2, 9]);
    expect(
      (await list(tenant, '?is_active=true&code=CERT-&offset=1&limit=2')).body.map(
        (c: { id: number }) => c.id,
      ),
    ).toEqual([3, 4]);
    expect((await list(tenant, '?limit=0')).body).toEqual([]);
    expect((await list(tenant, '?is_active=maybe')).status).toBe(400);
    expect((await list(tenant, '?offset=-1')).status).toBe(400);
  });

  it('streams from a cursor: answers before the last row is read, and the heap stays flat', async () => {
    const tenant = await t.newTenant();
    const rows = 300_000;
    await t.db.query(
      `INSERT INTO certificates (organization_id, id, code, is_active, value)
       SELECT $1, g, 'BIG-' || g, g % 2 = 0, g FROM generate_series(1, $2::int) g`,
      [tenant.id, rows],
    );
    await t.db.query(`INSERT INTO certificate_sequences (organization_id, last_id) VALUES ($1, $2)`, [
      tenant.id,
      rows,
    ]);
    const url = await t.listen();

    // the live heap (after a full collection), so garbage not yet collected does not count
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const liveHeap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = liveHeap();
    let heapPeak = heapBefore;
    const res = await fetch(`${url}${BASE}/`, { headers: { token: tenant.token } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value).startsWith('[{"id":1,"code":"BIG-1"')).toBe(true);

    // The answer has started while the cursor is still open on the server: the list's statement is
    // still running (a connection that had read every row would be idle).
    const open = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE query LIKE 'SELECT id, code, is_active, value FROM certificates%' AND state <> 'idle'
         AND pid <> pg_backend_pid()`,
    );
    expect(open[0].n).toBeGreaterThanOrEqual(1);

    let bytes = first.value!.length;
    let tail = '';
    for (let n = 1; ; n++) {
      const chunk = await reader.read();
      if (chunk.done) break;
      bytes += chunk.value.length;
      tail = (tail + new TextDecoder().decode(chunk.value)).slice(-200);
      if (n % 20 === 0) heapPeak = Math.max(heapPeak, liveHeap());
    }
    expect(tail.endsWith(`{"id":${rows},"code":"BIG-${rows}","is_active":true,"value":${rows}}]`)).toBe(true);
    expect(bytes).toBeGreaterThan(rows * 40);
    // 300,000 rows are ~16 MB of JSON and far more as objects; a streamed answer never holds them all.
    // Measured: about 1.5 MB. The answer built whole (16 MB of text, or the rows as objects) would
    // stay alive while it is sent.
    expect(heapPeak - heapBefore).toBeLessThan(12 * 1024 * 1024);
  });
});
