import type { ServerProcess } from '../helpers/server-process';
import { call, newTenant, startServer } from './helpers';

describe('two replicas on one database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startServer(undefined, { THROTTLE_LIMIT: '6' }),
      startServer(undefined, { THROTTLE_LIMIT: '6' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('share the brute-force throttle and keep use_code exactly-once across both', async () => {
    const tenant = await newTenant(a.url);
    await call(a.url, 'POST', '/paycodes/rules', {
      token: tenant.token,
      body: { slug: 'rep', pattern_slug: 'alfanumeryczne', code_lenght: 8 },
    });
    const code = (
      await call(a.url, 'POST', '/paycodes/generate_code', {
        token: tenant.token,
        body: { rule_slug: 'rep', creator: 'r' },
      })
    ).body.code;
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2 ? a.url : b.url, 'POST', '/paycodes/use_code', {
          token: tenant.token,
          body: { code, rule_slug: 'rep', client: `c${i}` },
        }),
      ),
    );
    expect(answers.filter((x) => x.body?.status === true)).toHaveLength(1);

    const guesses = [];
    for (let i = 0; i < 6; i++) {
      const base = i % 2 ? a.url : b.url;
      guesses.push(
        (
          await call(base, 'POST', '/paycodes/use_code', {
            token: tenant.token,
            body: { code: `G${i}`, rule_slug: 'rep', client: 'x' },
          })
        ).status,
      );
    }
    expect(guesses).toEqual([200, 200, 200, 200, 200, 200]);
    // the seventh failure, on either replica, crosses the shared limit
    expect(
      (
        await call(b.url, 'POST', '/paycodes/use_code', {
          token: tenant.token,
          body: { code: 'G7', rule_slug: 'rep', client: 'x' },
        })
      ).status,
    ).toBe(429);
    expect(
      (
        await call(a.url, 'POST', '/paycodes/use_code', {
          token: tenant.token,
          body: { code: 'G8', rule_slug: 'rep', client: 'x' },
        })
      ).status,
    ).toBe(429);
  });

  it('issue one set for 20 identical NumberFromGoods and let one of 100 Pay of 60% through, across both', async () => {
    const tenant = await newTenant(a.url);
    const series = await call(a.url, 'POST', '/api/sertcard/series', {
      token: tenant.token,
      body: { name: 'rep', item_codes: ['GIFT'], validity_days: 30, allow_refund: true, allow_reuse: true },
    });
    expect(series.status).toBe(201);
    const sale = {
      PosCode: 'pos-1',
      SertCardSeries: series.body.id,
      OrderNumber: `rep-${Date.now()}`,
      Refund: false,
      Goods: [{ Id: 1, Name: 'gift', Quantity: 2, Price: 1000, ItemCode: 'GIFT' }],
    };
    const sales = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(i % 2 ? a.url : b.url, 'POST', '/api/sertcard/NumberFromGoods', {
          token: tenant.token,
          body: sale,
        }),
      ),
    );
    const numbers = new Set(sales.flatMap((s) => s.body.SertCards.map((c: { Number: number }) => c.Number)));
    expect(sales.every((s) => s.body.ErrorCode === 0)).toBe(true);
    expect(numbers.size).toBe(2);

    const { SecretCode, Remain } = sales[0].body.SertCards[0];
    const pays = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2 ? a.url : b.url, 'POST', '/api/sertcard/Pay', {
          token: tenant.token,
          body: { SecretCode, Amount: Remain * 0.6, OrderNumber: `pay-${i}`, PosCode: 'pos-1' },
        }),
      ),
    );
    expect(pays.filter((p) => p.body.ErrorCode === 0)).toHaveLength(1);
    expect(pays.every((p) => p.status === 200)).toBe(true);
    const info = await call(b.url, 'POST', '/api/sertcard/Info', {
      token: tenant.token,
      body: { SecretCode },
    });
    expect(info.body.SertCard.Remain).toBeCloseTo(Remain * 0.4, 2);
  });
});
