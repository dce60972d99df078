import type { ServerProcess } from '../helpers/server-process';
import { WebhookReceiver } from '../cards/webhook-receiver';
import { call, newTenant, startServer } from './helpers';

describe('two replicas on one database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startServer(undefined, { THROTTLE_LIMIT: '6', OUTBOX_POLL_MS: '100' }),
      startServer(undefined, { THROTTLE_LIMIT: '6', OUTBOX_POLL_MS: '100' }),
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

  it('hand 50 concurrent add_user 50 distinct cards and deliver each outbox message once, across both', async () => {
    const hook = await WebhookReceiver.start();
    try {
      const tenant = await newTenant(a.url);
      const patched = await call(a.url, 'PATCH', `/admin/organizations/${tenant.id}`, {
        admin: true,
        body: { settings: { webhook_url: hook.url } },
      });
      expect(patched.status).toBe(200);
      for (let i = 0; i < 50; i++) {
        const card = await call(a.url, 'POST', '/organization/card/add', {
          token: tenant.token,
          body: { code: `R${i}`, barcode: `RB${i}`, email: i < 10 ? `rep${i}@mail.example` : '' },
        });
        expect(card.status).toBe(201);
      }
      const given = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call(i % 2 ? a.url : b.url, 'POST', '/organization/card/add_user', {
            token: tenant.token,
            body: { user_id: `user-${i}` },
          }),
        ),
      );
      expect(given.map((g) => g.status).filter((s) => s >= 300)).toEqual([]);
      expect(new Set(given.map((g) => g.body.card.id)).size).toBe(50);

      // ten one-time codes, asked for on either replica, delivered by whichever worker claims them
      const sent = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          call(i % 2 ? a.url : b.url, 'POST', '/organization/card/send_identify', {
            token: tenant.token,
            body: { email: `rep${i}@mail.example` },
          }),
        ),
      );
      expect(sent.map((x) => x.body?.sent)).toEqual(Array(10).fill(true));
      const until = Date.now() + 15_000;
      while (hook.receipts.length < 10 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500)); // a second delivery would have arrived by now
      const ids = hook.receipts.map((r) => r.headers['x-giftcode-delivery']);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
    } finally {
      await hook.close();
    }
  });
});
