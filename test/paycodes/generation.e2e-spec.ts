import { TestApp } from '../helpers/test-app';
import { StatementLog } from '../helpers/statement-log';
import { createRule, generate, P, prefillBinaryCodes, ProposedRows } from './helpers';

describe('paycodes: generation, validity and capacity', () => {
  let t: TestApp;
  let statements: StatementLog;
  beforeAll(async () => {
    t = await TestApp.start();
    statements = await StatementLog.install(t, 'paycodes', 'generation');
  });
  afterAll(async () => {
    await statements.drop();
    await t.close();
  });

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

  it("keeps each rule's code count on the rule, whatever inserts the codes", async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'counted', code_lenght: 8 });
    await createRule(t, tenant, { slug: 'other', code_lenght: 8 });
    expect((await list(tenant, { rule_slug: 'counted', number_of_codes: 1234 })).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await generate(t, tenant, { rule_slug: 'counted', creator: 'c' })).status).toBe(200);
    expect((await list(tenant, { rule_slug: 'other', number_of_codes: 7 })).status).toBe(200);
    const rows = await t.db.query(
      `SELECT r.slug, r.code_count::int AS kept, (SELECT count(*)::int FROM paycodes p WHERE p.rule_id = r.id) AS counted
       FROM paycode_rules r WHERE r.organization_id = $1 ORDER BY r.slug`,
      [tenant.id],
    );
    expect(rows).toEqual([
      { slug: 'counted', kept: 1237, counted: 1237 },
      { slug: 'other', kept: 7, counted: 7 },
    ]);
  });

  it('inserts a list set-based: 20,000 codes in one or two INSERT statements', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'set', code_lenght: 8 });
    const res = await list(tenant, { rule_slug: 'set', number_of_codes: 20_000 });
    expect(res.status).toBe(200);
    expect(res.body.codes).toHaveLength(20_000);
    const inserts = (await statements.of(tenant)).map((s) => s.rows);
    // a second statement only if two of the 20,000 draws were equal (odds about 1 in 10,000)
    expect(inserts.length).toBeGreaterThanOrEqual(1);
    expect(inserts.length).toBeLessThanOrEqual(2);
    expect(inserts[0]).toBeGreaterThan(19_990);
    expect(inserts.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('stays exact when collisions are certain (2-letter alphabet, 4096 codes), then refuses with 422 when the space is too small', async () => {
    const tenant = await t.newTenant();
    await t.request('POST', `${P}/patterns`, { token: tenant.token, body: { slug: 'ab', pattern: 'AB' } });
    const stored = async (rule: string): Promise<{ code: string; creator: string }[]> =>
      t.db.query(
        `SELECT c.code, c.creator FROM paycodes c JOIN paycode_rules r ON r.id = c.rule_id
         WHERE r.organization_id = $1 AND r.slug = $2`,
        [tenant.id, rule],
      );

    // 1. 400 of the 4096 codes taken; asking 369 (the most the capacity check allows): the first
    // batch of 369 draws proposes about 35 taken codes, and none only with odds of 0.902^350 < 1e-15
    await createRule(t, tenant, { slug: 'tenth', pattern_slug: 'ab', code_lenght: 12 });
    expect(await prefillBinaryCodes(t, tenant, 'tenth', 0, 399)).toBe(400);
    const proposed = await ProposedRows.install(t, tenant);
    let first: string[];
    try {
      const res = await list(tenant, { rule_slug: 'tenth', number_of_codes: 369 });
      expect(res.status).toBe(200);
      first = res.body.codes;
      const seen = await proposed.count();
      // codes the database turned away (ON CONFLICT DO NOTHING), then drawn again
      expect(seen.rows - 369).toBeGreaterThan(0);
      expect(seen.codes).toBeGreaterThan(369);
    } finally {
      await proposed.drop();
    }
    expect(first).toHaveLength(369);
    expect(new Set(first).size).toBe(369);
    expect(first.every((c) => /^[AB]{12}$/.test(c))).toBe(true);
    const tenthRows = await stored('tenth');
    expect(tenthRows).toHaveLength(769);
    expect(new Set(tenthRows.filter((r) => r.creator === 'batch').map((r) => r.code))).toEqual(
      new Set(first),
    );

    // 2. all but the 256 codes starting AAAA taken: a single draw of 25 codes would avoid every taken
    // one with odds of 16^-25; the answer still holds 25 new codes, all from the free 256
    await createRule(t, tenant, { slug: 'full', pattern_slug: 'ab', code_lenght: 12 });
    expect(await prefillBinaryCodes(t, tenant, 'full', 256, 4095)).toBe(3840);
    const before = (await statements.of(tenant)).length;
    const res = await list(tenant, { rule_slug: 'full', number_of_codes: 25 });
    expect(res.status).toBe(200);
    const codes: string[] = res.body.codes;
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    expect(codes.every((c) => /^AAAA[AB]{8}$/.test(c))).toBe(true);
    // a few rounds, not one per 1-in-16 hit (drawing only the missing count needs about 45)
    expect((await statements.of(tenant)).length - before).toBeLessThanOrEqual(8);
    const fullRows = await stored('full');
    expect(fullRows).toHaveLength(3865);
    expect(new Set(fullRows.filter((r) => r.creator === 'batch').map((r) => r.code))).toEqual(new Set(codes));

    const refused = await list(tenant, { rule_slug: 'full', number_of_codes: 24 }); // 231 free < 240
    expect(refused.status).toBe(422);
    expect(refused.body.error).toBe('code_space_too_small');
    expect(await stored('full')).toHaveLength(3865);
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
