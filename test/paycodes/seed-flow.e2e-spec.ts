import { TestApp } from '../helpers/test-app';
import { createRule, generate, P, use } from './helpers';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789';

describe('paycodes: the seed flow (rule, generate_code, get_code, use_code)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('generates a code with the seed shapes and dates in PostgreSQL text form', async () => {
    const tenant = await t.newTenant();
    const rule = await createRule(t, tenant, {
      slug: 'test',
      application_id: 20658,
      code_duration: 1024,
      code_expiration: 360,
      description: 'testowa',
      price: 123456,
      sap_id: 300481,
      merchant_id: 1,
      channel_id: 5935,
      prod_id: 1,
      prod_cat_id: 1,
      prod_subcat_id: 1,
      config: { test: 'test' },
    });
    expect(rule).toMatchObject({
      slug: 'test',
      code_lenght: 6,
      pattern_slug: 'alfanumeryczne',
      is_active: true,
      code_duration_date: null,
    });

    const res = await generate(t, tenant, {
      rule_slug: 'test',
      valid_from: '2100-09-01',
      valid_to: '2100-11-01',
    });
    expect(res.status).toBe(200);
    expect(res.body.code).toMatch(new RegExp(`^[${ALNUM}]{6}$`));
    expect(res.body.pattern).toEqual({ pattern: ALNUM, id: expect.any(Number), slug: 'alfanumeryczne' });
    expect(res.body.rule).toEqual({ ...rule });
    expect(Object.keys(res.body.rule)).toEqual(
      expect.arrayContaining(['code_lenght', 'code_duration_date', 'config', 'sap_id']),
    );

    const got = await t.request('POST', `${P}/get_code`, {
      token: tenant.token,
      body: { code: res.body.code, rule_slug: 'test' },
    });
    expect(got.status).toBe(200);
    expect(got.body.code).toEqual({
      code: res.body.code,
      gen_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00$/),
      id: expect.any(Number),
      creator: 'tester',
      end_time: '2100-11-01 23:59:59.999999+00',
      start_time: '2100-09-01 00:00:00.000000+00',
      rule_slug: 'test',
      use_time: null,
      is_active: true,
      client: null,
    });
    const byQuery = await t.request('GET', `${P}/get_code?code=${res.body.code}&rule_slug=test`, {
      token: tenant.token,
    });
    expect(byQuery.body).toEqual(got.body);
  });

  it("uses the organization's time zone for validity days and output", async () => {
    const tenant = await t.newTenant({ timezone: 'Europe/Warsaw' });
    await createRule(t, tenant, { slug: 'tz' });
    const res = await generate(t, tenant, {
      rule_slug: 'tz',
      valid_from: '2100-07-01',
      valid_to: '2100-12-01',
    });
    const got = await t.request('POST', `${P}/get_code`, {
      token: tenant.token,
      body: { code: res.body.code, rule_slug: 'tz' },
    });
    expect(got.body.code.start_time).toBe('2100-07-01 00:00:00.000000+02');
    expect(got.body.code.end_time).toBe('2100-12-01 23:59:59.999999+01');
    const [row] = await t.db.query(
      `SELECT start_time FROM paycodes WHERE code = $1 AND organization_id = $2`,
      [res.body.code, tenant.id],
    );
    expect(new Date(row.start_time).toISOString()).toBe('2100-06-30T22:00:00.000Z');
  });

  it('uses a code once; every reason has its answer', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'r' });
    const ok = (await generate(t, tenant, { rule_slug: 'r' })).body.code;
    expect((await use(t, tenant, 'r', ok)).body).toEqual({ status: true });
    expect((await use(t, tenant, 'r', ok)).body).toEqual({ status: false, reason: 'already_used' });
    const got = await t.request('POST', `${P}/get_code`, {
      token: tenant.token,
      body: { code: ok, rule_slug: 'r' },
    });
    expect(got.body.code.client).toBe('shop');
    expect(got.body.code.use_time).toMatch(/\+00$/);

    expect((await use(t, tenant, 'r', 'NOPE99')).body).toEqual({ status: false, reason: 'not_found' });
    expect((await use(t, tenant, 'no-rule', ok)).body).toEqual({ status: false, reason: 'not_found' });

    const future = (
      await generate(t, tenant, { rule_slug: 'r', valid_from: '2999-01-01', valid_to: '2999-01-02' })
    ).body.code;
    expect((await use(t, tenant, 'r', future)).body).toEqual({ status: false, reason: 'not_yet_valid' });
    const past = (
      await generate(t, tenant, { rule_slug: 'r', valid_from: '2000-01-01', valid_to: '2000-01-02' })
    ).body.code;
    expect((await use(t, tenant, 'r', past)).body).toEqual({ status: false, reason: 'expired' });

    const withdrawn = (await generate(t, tenant, { rule_slug: 'r' })).body.code;
    const [row] = await t.db.query(`SELECT id FROM paycodes WHERE code = $1 AND organization_id = $2`, [
      withdrawn,
      tenant.id,
    ]);
    const deact = await t.request('POST', `${P}/codes/${row.id}/deactivate`, { token: tenant.token });
    expect(deact.status).toBe(200);
    expect(deact.body.is_active).toBe(false);
    expect((await use(t, tenant, 'r', withdrawn)).body).toEqual({ status: false, reason: 'inactive' });

    const later = (await generate(t, tenant, { rule_slug: 'r' })).body.code;
    await t.request('PATCH', `${P}/rules/r`, { token: tenant.token, body: { is_active: false } });
    expect((await use(t, tenant, 'r', later)).body).toEqual({ status: false, reason: 'rule_inactive' });
    expect((await generate(t, tenant, { rule_slug: 'r' })).status).toBe(409);
    const [used] = await t.db.query(
      `SELECT use_time FROM paycodes WHERE code = $1 AND organization_id = $2`,
      [later, tenant.id],
    );
    expect(used.use_time).toBeNull();
  });

  it('of 200 concurrent use_code calls for one code exactly one gets status true', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'race' });
    const code = (await generate(t, tenant, { rule_slug: 'race' })).body.code;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => use(t, tenant, 'race', code, `client-${i}`)),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.body.status === true)).toHaveLength(1);
    expect(answers.filter((a) => a.body.reason === 'already_used')).toHaveLength(199);
  });

  it('withdraws only unused codes; unknown or foreign ids are 404', async () => {
    const tenant = await t.newTenant();
    const other = await t.newTenant();
    await createRule(t, tenant, { slug: 'w' });
    const code = (await generate(t, tenant, { rule_slug: 'w' })).body.code;
    await use(t, tenant, 'w', code);
    const [row] = await t.db.query(`SELECT id FROM paycodes WHERE code = $1 AND organization_id = $2`, [
      code,
      tenant.id,
    ]);
    expect((await t.request('POST', `${P}/codes/${row.id}/deactivate`, { token: tenant.token })).status).toBe(
      409,
    );
    expect((await t.request('POST', `${P}/codes/${row.id}/deactivate`, { token: other.token })).status).toBe(
      404,
    );
    expect((await t.request('POST', `${P}/codes/abc/deactivate`, { token: tenant.token })).status).toBe(404);
  });
});
