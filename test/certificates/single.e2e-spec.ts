import { TestApp } from '../helpers/test-app';
import { BASE, codes, storedRows, Tenant } from './helpers';

describe('certificates: one certificate and tenant isolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const seed = async (tenant: Tenant, n: number, prefix: string) => {
    const res = await t.request('POST', `${BASE}/bulk-create`, {
      token: tenant.token,
      body: codes(prefix, n),
    });
    expect(res.status).toBe(201);
  };

  it('PUT is partial, refuses a taken code with 409 and changes nothing then', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 2, 'P-');
    const partial = await t.request('PUT', `${BASE}/2`, { token: tenant.token, body: { value: 42 } });
    expect(partial.body).toEqual({ id: 2, code: 'P-1', is_active: true, value: 42 });
    const taken = await t.request('PUT', `${BASE}/2/`, {
      token: tenant.token,
      body: { code: 'P-0', value: 1 },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('duplicate_code');
    expect((await t.request('GET', `${BASE}/2`, { token: tenant.token })).body.value).toBe(42);
  });

  it('answers 400 naming the field for wrong types and bad values', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 1, 'V-');
    for (const body of [
      { value: -1 },
      { value: 2 ** 31 },
      { is_active: 'yes' },
      { code: '' },
      { code: 'x'.repeat(65) },
    ]) {
      const res = await t.request('PUT', `${BASE}/1`, { token: tenant.token, body });
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(Object.keys(body)[0]);
    }
    // a path id no certificate can have answers exactly like an unknown id
    const bad = await t.request('GET', `${BASE}/abc`, { token: tenant.token });
    expect(bad.status).toBe(404);
    expect(bad.body.error).toBe('certificate_not_found');
    expect((await t.request('GET', `${BASE}/bulk-create`, { token: tenant.token })).status).toBe(405);
    expect(await storedRows(t, tenant)).toEqual([{ id: 1, code: 'V-0', is_active: true, value: 0 }]);
  });

  it('DELETE removes one (204), then 404', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 2, 'D-');
    expect((await t.request('DELETE', `${BASE}/1`, { token: tenant.token })).status).toBe(204);
    expect((await t.request('DELETE', `${BASE}/1`, { token: tenant.token })).status).toBe(404);
    expect(await storedRows(t, tenant)).toEqual([{ id: 2, code: 'D-1', is_active: true, value: 1 }]);
  });

  it("answers another organization's certificates exactly like unknown ones, and lists only its own", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    await seed(b, 3, 'B-');
    const unknown = await t.request('GET', `${BASE}/999`, { token: a.token });
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { value: 1 }],
      ['DELETE', undefined],
    ] as const) {
      const res = await t.request(method, `${BASE}/2`, { token: a.token, body });
      expect(res.status).toBe(404);
      expect(res.body.error).toBe(unknown.body.error);
      expect(res.body.message).toBe(unknown.body.message);
    }
    expect((await t.request('GET', BASE, { token: a.token })).body).toEqual([]);
    expect(await storedRows(t, b)).toHaveLength(3);
    // the same code may exist in both organizations
    await seed(a, 1, 'B-');
  });

  it('needs a token', async () => {
    expect((await t.request('GET', BASE)).status).toBe(401);
  });
});
