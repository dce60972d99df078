import { TestApp } from '../helpers/test-app';
import { StatementLog } from '../helpers/statement-log';
import { BASE, codes, countRows, storedRows, Tenant } from './helpers';

describe('certificates: POST /bulk-create/', () => {
  let t: TestApp;
  let statements: StatementLog;
  beforeAll(async () => {
    t = await TestApp.start();
    statements = await StatementLog.install(t, 'certificates', 'bulk_create', ['INSERT', 'UPDATE']);
  });
  afterAll(async () => {
    await statements.drop();
    await t.close();
  });

  const create = (tenant: Tenant, body: unknown, headers?: Record<string, string>) =>
    t.request('POST', `${BASE}/bulk-create/`, { token: tenant.token, body, headers });

  it('applies the defaults (is_active true, value 0), trims codes and ignores unknown fields', async () => {
    const tenant = await t.newTenant();
    const res = await create(tenant, [{ code: '  T-1\t' }, { code: 'T-2', is_active: false, colour: 'red' }]);
    expect(res.status).toBe(201);
    expect(res.body).toEqual([
      { id: 1, code: 'T-1', is_active: true, value: 0 },
      { id: 2, code: 'T-2', is_active: false, value: 0 },
    ]);
    expect(await storedRows(t, tenant)).toEqual(res.body);
  });

  it('refuses duplicates inside the batch with 409 naming every index and code, writing nothing', async () => {
    const tenant = await t.newTenant();
    const res = await create(tenant, [
      { code: 'A' },
      { code: 'B' },
      { code: 'A' },
      { code: 'C' },
      { code: 'B' },
      { code: 'A' },
    ]);
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('duplicate_code');
    expect(res.body.message).toContain('"A"');
    expect(res.body.message).toContain('"B"');
    expect(res.body.details.map((d: any) => [d.index, d.field, d.code])).toEqual([
      [0, 'code', 'A'],
      [1, 'code', 'B'],
      [2, 'code', 'A'],
      [4, 'code', 'B'],
      [5, 'code', 'A'],
    ]);
    expect(res.body.details[0].reason).toContain('indexes 0, 2, 5');
    expect(await countRows(t, tenant)).toBe(0);
    // the refused batch took no ids either
    expect((await create(tenant, [{ code: 'A' }])).body).toEqual([
      { id: 1, code: 'A', is_active: true, value: 0 },
    ]);
  });

  it('refuses codes that stored certificates have with 409 naming every index and code, writing nothing', async () => {
    const tenant = await t.newTenant();
    expect((await create(tenant, [{ code: 'X1' }, { code: 'X2' }])).status).toBe(201);
    const res = await create(tenant, [
      { code: 'N1' },
      { code: 'X2' },
      { code: 'N2' },
      { code: 'X1' },
      { code: 'N1' },
    ]);
    expect(res.status).toBe(409);
    expect(res.body.details).toEqual([
      { index: 0, field: 'code', code: 'N1', reason: expect.stringContaining('more than once') },
      { index: 1, field: 'code', code: 'X2', reason: 'certificate 2 already has this code' },
      { index: 3, field: 'code', code: 'X1', reason: 'certificate 1 already has this code' },
      { index: 4, field: 'code', code: 'N1', reason: expect.stringContaining('more than once') },
    ]);
    expect(await countRows(t, tenant)).toBe(2);
  });

  it('compares codes case-sensitively', async () => {
    const tenant = await t.newTenant();
    const res = await create(tenant, [{ code: 'abc' }, { code: 'ABC' }]);
    expect(res.status).toBe(201);
    expect((await create(tenant, [{ code: 'Abc' }])).status).toBe(201);
    expect((await create(tenant, [{ code: 'abc' }])).status).toBe(409);
  });

  it('answers 400 naming the index and field of wrong types and missing fields, writing nothing', async () => {
    const tenant = await t.newTenant();
    const res = await create(tenant, [
      { code: 'ok-1' },
      { code: 5 },
      { value: 3 },
      { code: 'v', value: 'x' },
      { code: 'w', is_active: 'yes' },
      { code: '   ' },
      { code: 'n', value: -1 },
      { code: 'x'.repeat(65) },
      { code: 'big', value: 2 ** 31 },
      { code: 'frac', value: 1.5 },
      { code: 'nul', value: null },
      { code: 'ctl\u0000x' },
      7,
      { id: 9, code: 'with-id' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_failed');
    const byIndex = (i: number) => res.body.details.filter((d: any) => d.index === i);
    expect(byIndex(0)).toEqual([]);
    expect(byIndex(1)[0]).toMatchObject({
      field: 'code',
      reason: expect.stringContaining('code must be a string'),
    });
    expect(byIndex(2)[0]).toMatchObject({ field: 'code' });
    expect(byIndex(3)[0]).toMatchObject({ field: 'value', reason: expect.stringContaining('value') });
    expect(byIndex(4)[0]).toMatchObject({ field: 'is_active', reason: expect.stringContaining('is_active') });
    expect(byIndex(5)[0]).toMatchObject({ field: 'code', reason: expect.stringContaining('1 to 64') });
    expect(byIndex(6)[0]).toMatchObject({ field: 'value', reason: expect.stringContaining('value') });
    expect(byIndex(7)[0]).toMatchObject({ field: 'code', reason: expect.stringContaining('1 to 64') });
    expect(byIndex(8)[0]).toMatchObject({ field: 'value' });
    expect(byIndex(9)[0]).toMatchObject({ field: 'value', reason: expect.stringContaining('integer') });
    expect(byIndex(10)[0]).toMatchObject({ field: 'value' });
    expect(byIndex(11)[0]).toMatchObject({ field: 'code', reason: expect.stringContaining('control') });
    expect(byIndex(12)[0]).toMatchObject({ reason: expect.stringContaining('object') });
    expect(byIndex(13)[0]).toMatchObject({ field: 'id', reason: expect.stringContaining('generated') });
    expect(res.body.message).toContain('[1] code must be a string');
    expect(await countRows(t, tenant)).toBe(0);
  });

  it('answers 400 for a body that is not a non-empty array of at most 10,000 items', async () => {
    const tenant = await t.newTenant();
    const object = await create(tenant, { code: 'A' });
    expect(object.status).toBe(400);
    expect(object.body.details).toEqual([{ field: 'body', reason: 'must be a JSON array' }]);
    const empty = await create(tenant, []);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('empty');
    const tooMany = await create(tenant, codes('M', 10_001));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toBe('batch_too_large');
    expect(tooMany.body.message).toContain('10001');
    const malformed = await t.request('POST', `${BASE}/bulk-create/`, {
      token: tenant.token,
      raw: '[{"code": "A"',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(await countRows(t, tenant)).toBe(0);
  });

  it('creates 10,000 items in one request, in input order', async () => {
    const tenant = await t.newTenant();
    const items = codes('BIG-', 10_000).reverse();
    const res = await create(tenant, items);
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(10_000);
    expect(res.body[0]).toEqual({ id: 1, code: 'BIG-9999', is_active: true, value: 9999 });
    expect(res.body[9999]).toEqual({ id: 10_000, code: 'BIG-0', is_active: true, value: 0 });
    expect(res.body.every((c: any, i: number) => c.id === i + 1 && c.code === items[i].code)).toBe(true);
    expect(await countRows(t, tenant)).toBe(10_000);
    // a duplicate against 10,000 stored rows names each offending item
    const again = await create(tenant, [{ code: 'fresh' }, ...codes('BIG-', 3, 5000)]);
    expect(again.status).toBe(409);
    expect(again.body.details.map((d: any) => `${d.index}:${d.code}`)).toEqual([
      '1:BIG-5000',
      '2:BIG-5001',
      '3:BIG-5002',
    ]);
    expect(await countRows(t, tenant)).toBe(10_000);
  });

  it('runs as one INSERT for the whole batch (no statement per row)', async () => {
    const tenant = await t.newTenant();
    expect((await create(tenant, codes('ONE-', 500))).status).toBe(201);
    expect(await statements.of(tenant)).toEqual([{ op: 'INSERT', rows: 500 }]);
  });

  it('two concurrent overlapping bulk creates: one wins, the other gets 409, no duplicate, no half batch', async () => {
    for (let round = 0; round < 3; round++) {
      const tenant = await t.newTenant();
      const a = codes('R-', 2000, 0); // R-0 .. R-1999
      const b = codes('R-', 2000, 1500); // R-1500 .. R-3499: 500 in common
      const [ra, rb] = await Promise.all([create(tenant, a), create(tenant, b)]);
      expect([ra.status, rb.status].sort()).toEqual([201, 409]);
      const [winner, loser, loserItems] = ra.status === 201 ? [ra, rb, b] : [rb, ra, a];
      expect(winner.body).toHaveLength(2000);
      const stored = (await storedRows(t, tenant)) as { code: string }[];
      expect(stored).toEqual(winner.body);
      expect(new Set(stored.map((s) => s.code)).size).toBe(2000);
      // the loser waited for the winner, so its 409 names exactly the 500 codes in common
      const shared = loserItems.filter(
        (i) => Number(i.code.slice(2)) >= 1500 && Number(i.code.slice(2)) < 2000,
      );
      expect(loser.body.details.map((d: any) => d.code)).toEqual(shared.map((i) => i.code));
    }
  });

  it('a retry with the same Idempotency-Key answers the first result without creating again', async () => {
    const tenant = await t.newTenant();
    const headers = { 'idempotency-key': 'sync-42' };
    const first = await create(tenant, [{ code: 'I-1' }, { code: 'I-2' }], headers);
    const retry = await create(tenant, [{ code: 'I-1' }, { code: 'I-2' }], headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await countRows(t, tenant)).toBe(2);
  });
});
