import { TestApp } from '../helpers/test-app';
import { StatementLog } from '../helpers/statement-log';
import { BASE, codes, storedRows, Tenant } from './helpers';

describe('certificates: PUT /bulk-update/', () => {
  let t: TestApp;
  let statements: StatementLog;
  beforeAll(async () => {
    t = await TestApp.start();
    statements = await StatementLog.install(t, 'certificates', 'bulk_update', ['INSERT', 'UPDATE']);
  });
  afterAll(async () => {
    await statements.drop();
    await t.close();
  });

  const seed = async (tenant: Tenant, n: number, prefix = 'U-') => {
    const res = await t.request('POST', `${BASE}/bulk-create/`, {
      token: tenant.token,
      body: codes(prefix, n),
    });
    expect(res.status).toBe(201);
    return res.body as { id: number; code: string; is_active: boolean; value: number }[];
  };
  const update = (tenant: Tenant, body: unknown) =>
    t.request('PUT', `${BASE}/bulk-update/`, { token: tenant.token, body });

  it('changes only the fields each item carries and answers in input order, in one UPDATE', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 3);
    const res = await update(tenant, [
      { id: 3, value: 300 },
      { id: 1, is_active: false },
      { id: 2, code: 'U-NEW' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: 3, code: 'U-2', is_active: true, value: 300 },
      { id: 1, code: 'U-0', is_active: false, value: 0 },
      { id: 2, code: 'U-NEW', is_active: true, value: 1 },
    ]);
    expect((await statements.of(tenant)).filter((s) => s.op === 'UPDATE')).toEqual([
      { op: 'UPDATE', rows: 3 },
    ]);
  });

  it('swaps codes between certificates in one batch', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 2, 'S-');
    const res = await update(tenant, [
      { id: 1, code: 'S-1' },
      { id: 2, code: 'S-0' },
    ]);
    expect(res.status).toBe(200);
    expect(await storedRows(t, tenant)).toEqual([
      { id: 1, code: 'S-1', is_active: true, value: 0 },
      { id: 2, code: 'S-0', is_active: true, value: 1 },
    ]);
  });

  it('answers 404 naming every unknown id and changes nothing', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 2);
    const before = await storedRows(t, tenant);
    const res = await update(tenant, [
      { id: 1, value: 9 },
      { id: 77, value: 1 },
      { id: 78, value: 1 },
    ]);
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('certificate_not_found');
    expect(res.body.details).toEqual([
      { index: 1, field: 'id', reason: 'no certificate with id 77' },
      { index: 2, field: 'id', reason: 'no certificate with id 78' },
    ]);
    expect(await storedRows(t, tenant)).toEqual(before);
  });

  it('answers 409 naming every clash (with stored codes and inside the batch) and changes nothing', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 4, 'C-');
    const before = await storedRows(t, tenant);
    const res = await update(tenant, [
      { id: 1, code: 'C-3' },
      { id: 2, code: 'SAME' },
      { id: 3, code: 'SAME', value: 5 },
    ]);
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('duplicate_code');
    expect(res.body.details.map((d: { index: number; code: string }) => [d.index, d.code])).toEqual([
      [0, 'C-3'],
      [1, 'SAME'],
      [2, 'SAME'],
    ]);
    expect(await storedRows(t, tenant)).toEqual(before);
  });

  it('answers 400 for the same id twice, a missing id, or wrong types, changing nothing', async () => {
    const tenant = await t.newTenant();
    await seed(tenant, 2);
    const before = await storedRows(t, tenant);
    const twice = await update(tenant, [
      { id: 1, value: 1 },
      { id: 1, value: 2 },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.details.map((d: { index: number }) => d.index)).toEqual([0, 1]);
    const missing = await update(tenant, [{ value: 1 }]);
    expect(missing.status).toBe(400);
    expect(missing.body.details[0]).toMatchObject({ index: 0, field: 'id' });
    const wrong = await update(tenant, [{ id: 2, value: 'ten' }]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0]).toMatchObject({ index: 0, field: 'value' });
    expect(await storedRows(t, tenant)).toEqual(before);
  });

  it("treats another organization's ids as unknown", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    await seed(a, 1, 'A-');
    await seed(b, 1, 'B-');
    const res = await update(a, [{ id: 1, value: 5 }]);
    expect(res.status).toBe(200);
    expect(await storedRows(t, b)).toEqual([{ id: 1, code: 'B-0', is_active: true, value: 0 }]);
    const other = await update(b, [{ id: 2, value: 5 }]);
    expect(other.status).toBe(404);
  });
});
