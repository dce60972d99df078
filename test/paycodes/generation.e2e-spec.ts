import { TestApp } from '../helpers/test-app';
import { createRule, generate, P } from './helpers';

describe('paycodes: generation, validity and capacity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const list = (tenant: { token: string }, body: Record<string, unknown>) =>
    t.request('POST', `${P}/generate_code_list`, {
      token: tenant.token,
      body: { creator: 'batch', ...body },
    });

  it('answers exactly number_of_codes distinct, stored codes of the alphabet, length and prefix, uniformly drawn', async () => {
    const tenant = await t.newTenant();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789';
    await createRule(t, tenant, { slug: 'big', code_lenght: 8, prefix: 'GC-' });
    const res = await list(tenant, { rule_slug: 'big', number_of_codes: 20_000 });
    expect(res.status).toBe(200);
    const codes: string[] = res.body.codes;
    expect(codes).toHaveLength(20_000);
    expect(new Set(codes).size).toBe(20_000);
    expect(
      codes.every((c) => /^GC-[A-Z0-9]{8}$/.test(c) && [...c.slice(3)].every((ch) => alphabet.includes(ch))),
    ).toBe(true);
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM paycodes WHERE organization_id = $1`, [
      tenant.id,
    ]);
    expect(stored.n).toBe(20_000);

    const counts = new Map<string, number>();
    for (const c of codes) for (const ch of c.slice(3)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const expected = (20_000 * 8) / alphabet.length;
    const chi = [...alphabet].reduce((s, ch) => s + ((counts.get(ch) ?? 0) - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(70); // 33 degrees of freedom: p < 0.0003 of a false alarm
  });

  it('stays exact when collisions are certain (tiny alphabet), then refuses with 422 when the space is too small', async () => {
    const tenant = await t.newTenant();
    await t.request('POST', `${P}/patterns`, { token: tenant.token, body: { slug: 'ab', pattern: 'AB' } });
    await createRule(t, tenant, { slug: 'tiny', pattern_slug: 'ab', code_lenght: 8 }); // 256 codes
    const all: string[] = [];
    for (const n of [20, 5, 0]) {
      if (n === 0) break;
      const res = await list(tenant, { rule_slug: 'tiny', number_of_codes: n });
      expect(res.status).toBe(200);
      expect(res.body.codes).toHaveLength(n);
      all.push(...res.body.codes);
    }
    expect(new Set(all).size).toBe(25);
    const refused = await list(tenant, { rule_slug: 'tiny', number_of_codes: 24 }); // 231 free < 240
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('code_space_too_small');
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM paycodes WHERE organization_id = $1`, [
      tenant.id,
    ]);
    expect(stored.n).toBe(25);
  });

  it('applies the validity defaults: today, code_duration days, code_duration_date as a cut', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'd', code_duration: 10 });
    await createRule(t, tenant, { slug: 'fixed', code_duration: 1000, code_duration_date: '2100-01-31' });
    const today = new Date().toISOString().slice(0, 10);
    const plus10 = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const d = (await generate(t, tenant, { rule_slug: 'd' })).body.code;
    const got = (
      await t.request('POST', `${P}/get_code`, { token: tenant.token, body: { code: d, rule_slug: 'd' } })
    ).body.code;
    expect(got.start_time).toBe(`${today} 00:00:00.000000+00`);
    expect(got.end_time).toBe(`${plus10} 23:59:59.999999+00`);

    const cut = (
      await generate(t, tenant, { rule_slug: 'fixed', valid_from: '2100-01-01', valid_to: '2100-06-01' })
    ).body;
    expect(cut.rule.code_duration_date).toBe('2100-01-31 23:59:59.999999+00');
    const got2 = (
      await t.request('POST', `${P}/get_code`, {
        token: tenant.token,
        body: { code: cut.code, rule_slug: 'fixed' },
      })
    ).body.code;
    expect(got2.end_time).toBe('2100-01-31 23:59:59.999999+00');
  });

  it('refuses bad input with 400 naming the field, unknown rules with 404, and writes nothing', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'v' });
    const bad = await generate(t, tenant, {
      rule_slug: 'v',
      valid_from: '2100-05-02',
      valid_to: '2100-05-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('valid_to');
    expect((await generate(t, tenant, { rule_slug: 'v', valid_from: '2100-02-30' })).body.message).toContain(
      'valid_from',
    );
    expect((await list(tenant, { rule_slug: 'v', number_of_codes: 0 })).status).toBe(400);
    expect((await list(tenant, { rule_slug: 'v', number_of_codes: 1_000_001 })).status).toBe(400);
    expect((await list(tenant, { rule_slug: 'v', number_of_codes: '5' })).status).toBe(400);
    const unknown = await generate(t, tenant, { rule_slug: 'nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('nope');
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM paycodes WHERE organization_id = $1`, [
      tenant.id,
    ]);
    expect(stored.n).toBe(0);
  });
});
