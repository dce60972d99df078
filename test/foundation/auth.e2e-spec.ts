import { TestApp } from '../helpers/test-app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ THROTTLE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('accepts the token header and Authorization: Bearer', async () => {
    const tenant = await t.newTenant();
    expect((await t.request('GET', '/me', { token: tenant.token })).status).toBe(200);
    const bearer = await t.request('GET', '/me', { headers: { authorization: `Bearer ${tenant.token}` } });
    expect(bearer.status).toBe(200);
    expect(bearer.body.id).toBe(tenant.id);
  });

  it('answers 401 with no token, a bad token, a revoked or an expired one', async () => {
    const tenant = await t.newTenant();
    const none = await t.request('GET', '/me');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ statusCode: 401, error: 'unauthorized' });
    expect((await t.request('GET', '/me', { token: 'not-a-token' })).status).toBe(401);

    const tok = await t.admin('POST', `/admin/organizations/${tenant.id}/tokens`, { name: 'x' });
    expect((await t.request('GET', '/me', { token: tok.body.token })).status).toBe(200);
    await t.admin('POST', `/admin/organizations/${tenant.id}/tokens/${tok.body.id}/revoke`);
    expect((await t.request('GET', '/me', { token: tok.body.token })).status).toBe(401);

    const expired = await t.admin('POST', `/admin/organizations/${tenant.id}/tokens`, {
      name: 'old',
      expires_at: new Date(Date.now() - 1000).toISOString(),
    });
    expect((await t.request('GET', '/me', { token: expired.body.token })).status).toBe(401);
  });

  it('needs no token for /health and /docs-json', async () => {
    expect((await t.request('GET', '/health')).status).toBe(200);
    const docs = await t.request('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./);
  });

  it('writes last_used_at', async () => {
    const tenant = await t.newTenant();
    await t.request('GET', '/me', { token: tenant.token });
    await new Promise((r) => setTimeout(r, 200));
    const rows = await t.db.query('SELECT last_used_at FROM api_tokens WHERE organization_id = $1', [
      tenant.id,
    ]);
    expect(rows[0].last_used_at).not.toBeNull();
  });

  it('answers 429 after repeated failures from one client, for good tokens too, counted in PostgreSQL', async () => {
    const tenant = await t.newTenant();
    const client = '127.250.0.' + (1 + Math.floor(Math.random() * 250));
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await t.request('GET', '/me', { token: `wrong-${i}`, remoteAddress: client })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    expect((await t.request('GET', '/me', { token: tenant.token, remoteAddress: client })).status).toBe(429);
    expect((await t.request('GET', '/me', { token: tenant.token })).status).toBe(200);
    const rows = await t.db.query(`SELECT failures FROM throttle_counters WHERE key = $1`, [`ip:${client}`]);
    expect(rows.reduce((s: number, r: { failures: number }) => s + r.failures, 0)).toBeGreaterThanOrEqual(6);
  });
});
