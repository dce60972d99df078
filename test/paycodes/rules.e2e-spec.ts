import { TestApp } from '../helpers/test-app';
import { createRule, generate, P, use } from './helpers';

describe('paycodes: rules, patterns, tenant isolation and throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ THROTTLE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('lists the default patterns, creates, reads and guards patterns', async () => {
    const tenant = await t.newTenant();
    const listed = await t.request('GET', `${P}/patterns`, { token: tenant.token });
    expect(listed.body.map((p: { slug: string }) => p.slug)).toEqual(['alfanumeryczne', 'numeryczne']);
    const made = await t.request('POST', `${P}/patterns`, {
      token: tenant.token,
      body: { slug: 'hex', pattern: '0123456789ABCDEF' },
    });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ pattern: '0123456789ABCDEF', id: expect.any(Number), slug: 'hex' });
    expect(
      (
        await t.request('POST', `${P}/patterns`, {
          token: tenant.token,
          body: { slug: 'hex', pattern: 'AB' },
        })
      ).status,
    ).toBe(409);
    expect(
      (await t.request('POST', `${P}/patterns`, { token: tenant.token, body: { slug: 'x', pattern: 'AAB' } }))
        .status,
    ).toBe(400);
    expect((await t.request('GET', `${P}/patterns/hex`, { token: tenant.token })).body.slug).toBe('hex');
    await createRule(t, tenant, { slug: 'h', pattern_slug: 'hex' });
    await generate(t, tenant, { rule_slug: 'h' });
    const change = await t.request('PATCH', `${P}/patterns/hex`, {
      token: tenant.token,
      body: { pattern: 'ABC' },
    });
    expect(change.status).toBe(409);
  });

  it('creates, lists, reads and updates rules; the shape cannot change once codes exist', async () => {
    const tenant = await t.newTenant();
    expect((await t.request('POST', `${P}/rules`, { token: tenant.token, body: { slug: 's' } })).status).toBe(
      400,
    );
    const rule = await createRule(t, tenant, { slug: 's', code_lenght: 5 });
    expect(rule.code_lenght).toBe(5);
    expect(
      (
        await t.request('POST', `${P}/rules`, {
          token: tenant.token,
          body: { slug: 's', pattern_slug: 'numeryczne', code_lenght: 4 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await t.request('POST', `${P}/rules`, {
          token: tenant.token,
          body: { slug: 'q', pattern_slug: 'nope', code_lenght: 4 },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.request('POST', `${P}/rules`, {
          token: tenant.token,
          body: { slug: 'q', pattern_slug: 'numeryczne', code_lenght: 3 },
        })
      ).status,
    ).toBe(400);
    const before = await t.request('PATCH', `${P}/rules/s`, {
      token: tenant.token,
      body: { code_lenght: 7, description: 'd' },
    });
    expect(before.body).toMatchObject({ code_lenght: 7, description: 'd' });
    await generate(t, tenant, { rule_slug: 's' });
    const after = await t.request('PATCH', `${P}/rules/s`, { token: tenant.token, body: { code_lenght: 8 } });
    expect(after.status).toBe(409);
    expect(after.body.error).toBe('rule_has_codes');
    const ok = await t.request('PATCH', `${P}/rules/s`, {
      token: tenant.token,
      body: { price: 99, config: { a: 1 } },
    });
    expect(ok.body).toMatchObject({ price: 99, config: { a: 1 }, code_lenght: 7 });
    expect(
      (await t.request('GET', `${P}/rules`, { token: tenant.token })).body.map(
        (r: { slug: string }) => r.slug,
      ),
    ).toEqual(['s']);
  });

  it('refuses null for rule fields that cannot be empty with 400 naming the field, and changes nothing', async () => {
    const tenant = await t.newTenant();
    const notNull = ['config', 'prefix', 'is_active', 'code_lenght', 'pattern_slug'];
    for (const field of [...notNull, 'slug']) {
      const res = await t.request('POST', `${P}/rules`, {
        token: tenant.token,
        body: { slug: 'n', pattern_slug: 'alfanumeryczne', code_lenght: 6, [field]: null },
      });
      expect([field, res.status, res.body.error]).toEqual([field, 400, 'validation_failed']);
      expect(res.body.message).toContain(field);
    }
    expect((await t.request('GET', `${P}/rules`, { token: tenant.token })).body).toEqual([]);

    await createRule(t, tenant, { slug: 'u', prefix: 'P-', config: { a: 1 }, description: 'd', price: 5 });
    await generate(t, tenant, { rule_slug: 'u' }); // a shape change would now be a 409
    const before = (await t.request('GET', `${P}/rules/u`, { token: tenant.token })).body;
    for (const field of notNull) {
      const res = await t.request('PATCH', `${P}/rules/u`, { token: tenant.token, body: { [field]: null } });
      expect([field, res.status, res.body.error]).toEqual([field, 400, 'validation_failed']);
      expect(res.body.message).toContain(field);
    }
    expect((await t.request('GET', `${P}/rules/u`, { token: tenant.token })).body).toEqual(before);
    await t.request('POST', `${P}/patterns`, {
      token: tenant.token,
      body: { slug: 'hx', pattern: '0123ABCD' },
    });
    const pattern = await t.request('PATCH', `${P}/patterns/hx`, {
      token: tenant.token,
      body: { pattern: null },
    });
    expect([pattern.status, pattern.body.error]).toEqual([400, 'validation_failed']);
    expect(pattern.body.message).toContain('pattern');
    expect((await t.request('GET', `${P}/patterns/hx`, { token: tenant.token })).body.pattern).toBe(
      '0123ABCD',
    );
    // a field that may be empty is cleared by null
    const cleared = await t.request('PATCH', `${P}/rules/u`, {
      token: tenant.token,
      body: { description: null, price: null, code_duration_date: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      description: null,
      price: null,
      code_duration_date: null,
      prefix: 'P-',
    });
  });

  it("does not let another organization see or use a rule's codes", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    await createRule(t, a, { slug: 'shared-name' });
    const code = (await generate(t, a, { rule_slug: 'shared-name' })).body.code;
    expect((await t.request('GET', `${P}/rules/shared-name`, { token: b.token })).status).toBe(404);
    expect((await generate(t, b, { rule_slug: 'shared-name' })).status).toBe(404);
    expect((await use(t, b, 'shared-name', code)).body).toEqual({ status: false, reason: 'not_found' });
    expect(
      (await t.request('POST', `${P}/get_code`, { token: b.token, body: { code, rule_slug: 'shared-name' } }))
        .status,
    ).toBe(404);
    expect((await t.request('GET', `${P}/rules`, { token: b.token })).body).toEqual([]);
    // B may have its own rule with the same slug
    await createRule(t, b, { slug: 'shared-name' });
    expect((await use(t, a, 'shared-name', code)).body).toEqual({ status: true });
  });

  it('counts failed look-ups: past the limit even a right code answers 429', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'g' });
    const code = (await generate(t, tenant, { rule_slug: 'g' })).body.code;
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await use(t, tenant, 'g', `GUESS${i}`)).body.reason);
    expect(answers).toEqual(Array(5).fill('not_found'));
    expect(
      (
        await t.request('POST', `${P}/get_code`, {
          token: tenant.token,
          body: { code: 'GUESSX', rule_slug: 'g' },
        })
      ).status,
    ).toBe(429);
    expect((await use(t, tenant, 'g', code)).status).toBe(429);
    const [row] = await t.db.query(`SELECT use_time FROM paycodes WHERE code = $1 AND organization_id = $2`, [
      code,
      tenant.id,
    ]);
    expect(row.use_time).toBeNull();
  });

  it('counts failed get_code look-ups alone (POST and GET): past the limit they answer 429, a right code too', async () => {
    const tenant = await t.newTenant();
    await createRule(t, tenant, { slug: 'gc' });
    const code = (await generate(t, tenant, { rule_slug: 'gc' })).body.code;
    const getCode = (body: { code: string; rule_slug: string }, method = 'POST') =>
      method === 'POST'
        ? t.request('POST', `${P}/get_code`, { token: tenant.token, body })
        : t.request('GET', `${P}/get_code?${new URLSearchParams(body)}`, { token: tenant.token });
    expect((await getCode({ code, rule_slug: 'gc' })).status).toBe(200); // a hit is no failure
    // counts are per minute (database clock): keep the five failures and the sixth in one minute
    const [{ s }] = await t.db.query(`SELECT extract(second FROM now())::float AS s`);
    if (s > 55) await new Promise((r) => setTimeout(r, (61 - s) * 1000));

    const misses = [
      await getCode({ code: 'MISS01', rule_slug: 'gc' }),
      await getCode({ code: 'MISS02', rule_slug: 'gc' }, 'GET'),
      await getCode({ code: 'MISS03', rule_slug: 'gc' }),
      await getCode({ code, rule_slug: 'no-such-rule' }, 'GET'),
      await getCode({ code: 'MISS05', rule_slug: 'gc' }),
    ];
    expect(misses.map((r) => [r.status, r.body.error])).toEqual([
      [404, 'code_not_found'],
      [404, 'code_not_found'],
      [404, 'code_not_found'],
      [404, 'rule_not_found'],
      [404, 'code_not_found'],
    ]);
    expect((await getCode({ code: 'MISS06', rule_slug: 'gc' })).status).toBe(429);
    expect((await getCode({ code, rule_slug: 'gc' })).status).toBe(429);
    expect((await getCode({ code, rule_slug: 'gc' }, 'GET')).status).toBe(429);
    expect((await use(t, tenant, 'gc', code)).status).toBe(429);
    const [row] = await t.db.query(`SELECT use_time FROM paycodes WHERE code = $1 AND organization_id = $2`, [
      code,
      tenant.id,
    ]);
    expect(row.use_time).toBeNull();
  });
});
