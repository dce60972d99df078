import { TestApp } from '../helpers/test-app';

describe('admin routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('creates an organization with default settings and a generated operator_id', async () => {
    const res = await t.admin('POST', '/admin/organizations', { name: 'Shop A' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Shop A',
      settings: { timezone: 'UTC', max_cards_per_user: 0, language: 'en' },
    });
    expect(Number.isInteger(res.body.operator_id)).toBe(true);
    const got = await t.admin('GET', `/admin/organizations/${res.body.id}`);
    expect(got.body).toEqual(res.body);
  });

  it('validates settings and refuses a taken operator_id', async () => {
    const bad = await t.admin('POST', '/admin/organizations', {
      name: 'X',
      settings: { timezone: 'Mars/Base' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('timezone');
    const opId = 500_000 + Math.floor(Math.random() * 1_000_000);
    expect((await t.admin('POST', '/admin/organizations', { name: 'A', operator_id: opId })).status).toBe(
      201,
    );
    const dup = await t.admin('POST', '/admin/organizations', { name: 'B', operator_id: opId });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toBe('operator_id_taken');
  });

  it('patches name and settings partially', async () => {
    const org = await t.admin('POST', '/admin/organizations', { name: 'P', settings: { language: 'ru' } });
    const res = await t.admin('PATCH', `/admin/organizations/${org.body.id}`, {
      settings: { timezone: 'Europe/Warsaw' },
    });
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({ timezone: 'Europe/Warsaw', language: 'ru' });
    expect(res.body.name).toBe('P');
  });

  it('shows a token once, lists tokens without secrets, revokes', async () => {
    const org = await t.admin('POST', '/admin/organizations', { name: 'T' });
    const tok = await t.admin('POST', `/admin/organizations/${org.body.id}/tokens`, { name: 'pos' });
    expect(tok.status).toBe(201);
    expect(tok.body.token).toMatch(/^[0-9A-Za-z]{32}$/);
    const list = await t.admin('GET', `/admin/organizations/${org.body.id}/tokens`);
    expect(list.body).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(tok.body.token);
    const stored = await t.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [tok.body.id]);
    expect(stored[0].token_hash).not.toBe(tok.body.token);
    expect(stored[0].token_hash).toHaveLength(64);
    const rev = await t.admin('POST', `/admin/organizations/${org.body.id}/tokens/${tok.body.id}/revoke`);
    expect(rev.status).toBe(200);
    expect(rev.body.revoked_at).not.toBeNull();
  });

  it("keeps each organization's tokens to itself", async () => {
    const a = await t.admin('POST', '/admin/organizations', { name: 'A' });
    const b = await t.admin('POST', '/admin/organizations', { name: 'B' });
    const tokA = await t.admin('POST', `/admin/organizations/${a.body.id}/tokens`, { name: 'a' });
    const cross = await t.admin('POST', `/admin/organizations/${b.body.id}/tokens/${tokA.body.id}/revoke`);
    expect(cross.status).toBe(404);
    const listB = await t.admin('GET', `/admin/organizations/${b.body.id}/tokens`);
    expect(listB.body).toEqual([]);
    const me = await t.request('GET', '/me', { token: tokA.body.token });
    expect(me.body.id).toBe(a.body.id);
  });

  it('registers legacy tokens, given or random, and revokes them', async () => {
    const org = await t.admin('POST', '/admin/organizations', { name: 'L' });
    const given = await t.admin('POST', `/admin/organizations/${org.body.id}/legacy-tokens`, {
      token: 123456,
    });
    expect(given.status).toBe(201);
    expect(given.body.token).toBe(123456);
    const random = await t.admin('POST', `/admin/organizations/${org.body.id}/legacy-tokens`, {});
    expect(Number.isInteger(random.body.token)).toBe(true);
    const dup = await t.admin('POST', `/admin/organizations/${org.body.id}/legacy-tokens`, { token: 123456 });
    expect(dup.status).toBe(409);
    const list = await t.admin('GET', `/admin/organizations/${org.body.id}/legacy-tokens`);
    expect(list.body).toHaveLength(2);
    const rev = await t.admin(
      'POST',
      `/admin/organizations/${org.body.id}/legacy-tokens/${given.body.id}/revoke`,
    );
    expect(rev.body.revoked_at).not.toBeNull();
  });

  it('refuses admin routes without the admin token, and unknown organizations', async () => {
    expect((await t.request('GET', '/admin/organizations')).status).toBe(401);
    const tenant = await t.newTenant();
    expect((await t.request('GET', '/admin/organizations', { token: tenant.token })).status).toBe(401);
    expect((await t.admin('GET', '/admin/organizations/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });
});

describe('admin routes without ADMIN_TOKEN', () => {
  it('are absent', async () => {
    const t = await TestApp.start({ ADMIN_TOKEN: '' });
    try {
      const res = await t.request('GET', '/admin/organizations', {
        headers: { authorization: 'Bearer anything-at-all-123' },
      });
      expect(res.status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
