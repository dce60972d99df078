import { call, newTenant, startServer } from './helpers';

describe('two replicas on one database', () => {
  it('share the brute-force throttle and keep use_code exactly-once across both', async () => {
    const a = await startServer(undefined, { THROTTLE_LIMIT: '6' });
    const b = await startServer(undefined, { THROTTLE_LIMIT: '6' });
    try {
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
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
