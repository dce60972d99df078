import { TestApp } from '../helpers/test-app';
import { BASE, storedRows } from './helpers';

/** The five examples of seed 000, request for request, on a fresh organization. */
describe('certificates: the seed examples', () => {
  let t: TestApp;
  let tenant: { id: string; token: string };
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    // the two certificates the seed's list shows, created through the API
    const made = await t.request('POST', `${BASE}/bulk-create/`, {
      token: tenant.token,
      body: [
        { code: 'CERT-001', is_active: true, value: 500 },
        { code: 'CERT-002', is_active: false, value: 1000 },
      ],
    });
    if (made.status !== 201) throw new Error(made.text);
  });
  afterAll(() => t.close());

  it('1. GET / lists all certificates', async () => {
    const res = await t.request('GET', `${BASE}/`, { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.text).toBe(
      JSON.stringify([
        { id: 1, code: 'CERT-001', is_active: true, value: 500 },
        { id: 2, code: 'CERT-002', is_active: false, value: 1000 },
      ]),
    );
  });

  it('2. GET /1/ answers one certificate', async () => {
    const res = await t.request('GET', `${BASE}/1/`, { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.text).toBe(JSON.stringify({ id: 1, code: 'CERT-001', is_active: true, value: 500 }));
  });

  it('3. PUT /1/ updates one certificate', async () => {
    const res = await t.request('PUT', `${BASE}/1/`, {
      token: tenant.token,
      body: { code: 'CERT-001-UPDATED', is_active: false, value: 750 },
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe(JSON.stringify({ id: 1, code: 'CERT-001-UPDATED', is_active: false, value: 750 }));
  });

  it('4. POST /bulk-create/ creates several, answering them with ids', async () => {
    const res = await t.request('POST', `${BASE}/bulk-create/`, {
      token: tenant.token,
      body: [
        { code: 'CERT-NEW-001', is_active: true, value: 1000 },
        { code: 'CERT-NEW-002', is_active: false, value: 1500 },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.text).toBe(
      JSON.stringify([
        { id: 3, code: 'CERT-NEW-001', is_active: true, value: 1000 },
        { id: 4, code: 'CERT-NEW-002', is_active: false, value: 1500 },
      ]),
    );
  });

  it('5. PUT /bulk-update/ updates several', async () => {
    const res = await t.request('PUT', `${BASE}/bulk-update/`, {
      token: tenant.token,
      body: [
        { id: 1, code: 'CERT-001-UPDATED', value: 800, is_active: true },
        { id: 2, code: 'CERT-002-UPDATED', value: 1200, is_active: true },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe(
      JSON.stringify([
        { id: 1, code: 'CERT-001-UPDATED', is_active: true, value: 800 },
        { id: 2, code: 'CERT-002-UPDATED', is_active: true, value: 1200 },
      ]),
    );
    expect(await storedRows(t, tenant)).toEqual([
      { id: 1, code: 'CERT-001-UPDATED', is_active: true, value: 800 },
      { id: 2, code: 'CERT-002-UPDATED', is_active: true, value: 1200 },
      { id: 3, code: 'CERT-NEW-001', is_active: true, value: 1000 },
      { id: 4, code: 'CERT-NEW-002', is_active: false, value: 1500 },
    ]);
  });

  it('answers the same without the trailing slash', async () => {
    const res = await t.request('GET', `${BASE}/3`, { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 3, code: 'CERT-NEW-001', is_active: true, value: 1000 });
    const list = await t.request('GET', BASE, { token: tenant.token });
    expect(list.body.map((c: { id: number }) => c.id)).toEqual([1, 2, 3, 4]);
  });
});
