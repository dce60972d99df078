import { TestApp } from '../helpers/test-app';
import { S, Tenant } from './helpers';

describe('SertCard series administration (JSON)', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const req = (method: string, url: string, body?: unknown, who: Tenant = tenant) =>
    t.request(method, `${S}${url}`, { token: who.token, body });
  const base = {
    name: 'Gift',
    item_codes: ['G1'],
    validity_days: 30,
    allow_refund: true,
    allow_reuse: false,
  };

  it('creates with the next free id or a chosen one, lists, reads and changes series', async () => {
    const first = await req('POST', '/series', base);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: 1,
      name: 'Gift',
      item_codes: ['G1'],
      nominal: null,
      validity_days: 30,
      allow_refund: true,
      allow_reuse: false,
      secret_length: 12,
      secret_alphabet: '23456789ABCDEFGHJKLMNPQRSTUVWXYZ',
    });
    const chosen = await req('POST', '/series', { ...base, id: 40, nominal: 1500.5, secret_length: 16 });
    expect(chosen.body).toMatchObject({ id: 40, nominal: 1500.5, secret_length: 16 });
    expect((await req('POST', '/series', base)).body.id).toBe(41);
    const taken = await req('POST', '/series', { ...base, id: 40 });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ statusCode: 409, error: 'series_id_taken' });

    expect((await req('GET', '/series')).body.map((s: any) => s.id)).toEqual([1, 40, 41]);
    expect((await req('GET', '/series?offset=1&limit=1')).body.map((s: any) => s.id)).toEqual([40]);
    expect((await req('GET', '/series/40')).body.name).toBe('Gift');
    const patched = await req('PATCH', '/series/40', { name: 'Renamed', nominal: null, item_codes: [] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: 40,
      name: 'Renamed',
      nominal: null,
      item_codes: [],
      secret_length: 16,
    });
  });

  it('answers 404 for unknown and malformed ids, 400 naming the field for bad bodies', async () => {
    expect((await req('GET', '/series/999')).status).toBe(404);
    expect((await req('GET', '/series/abc')).body).toMatchObject({
      statusCode: 404,
      error: 'series_not_found',
    });
    expect((await req('PATCH', '/series/1e3', { name: 'x' })).status).toBe(404);
    const bad = await req('POST', '/series', { ...base, validity_days: 0, item_codes: 'G1' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field)).toEqual(
      expect.arrayContaining(['validity_days', 'item_codes']),
    );
    const weak = await req('POST', '/series', { ...base, secret_alphabet: '0123456789', secret_length: 8 });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toContain('at least 40');
    const repeated = await req('POST', '/series', { ...base, secret_alphabet: 'AABCDEFGHIJKLMNOP' });
    expect(repeated.status).toBe(400);
  });

  it("keeps organizations apart: the same series id in two, and another's answers as unknown", async () => {
    const other = await t.newTenant();
    expect((await req('POST', '/series', { ...base, id: 7 }, other)).status).toBe(201);
    expect((await req('POST', '/series', { ...base, id: 7 })).status).toBe(201);
    const mine = await req('PATCH', '/series/7', { name: 'mine' });
    expect(mine.body.name).toBe('mine');
    expect((await req('GET', '/series/7', undefined, other)).body.name).toBe('Gift');
    const third = await t.newTenant();
    expect((await req('GET', '/series/7', undefined, third)).status).toBe(404);
    expect((await req('GET', '/series', undefined, third)).body).toEqual([]);
  });

  it('needs a header token (the legacy body pair is for checkout routes only)', async () => {
    expect((await t.request('GET', `${S}/series`)).status).toBe(401);
    const res = await t.request('POST', `${S}/series`, {
      body: { ...base, Operator: tenant.operatorId, Token: 1 },
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'unauthorized' });
  });
});
