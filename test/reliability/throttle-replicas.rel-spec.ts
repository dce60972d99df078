import { Client } from 'pg';
import type { ServerProcess } from '../helpers/server-process';
import { call, newTenant, startServer } from './helpers';

const LIMIT = 4;

describe('brute-force throttle across two replicas on one database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let db: Client;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startServer(undefined, { THROTTLE_LIMIT: String(LIMIT) }),
      startServer(undefined, { THROTTLE_LIMIT: String(LIMIT) }),
    ]);
    db = new Client({ connectionString: process.env.TEST_DB_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  /** Counts reset each minute (database clock): start far enough from its end that the test stays inside one. */
  async function awaitFreshMinute(): Promise<void> {
    const [{ s }] = (await db.query(`SELECT extract(second FROM now())::float AS s`)).rows;
    if (s > 40) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
  }

  it('refuses a correct use_code and get_code on replica B once wrong guesses on replica A alone exhausted the limit', async () => {
    const tenant = await newTenant(a.url);
    const made = await call(a.url, 'POST', '/paycodes/rules', {
      token: tenant.token,
      body: { slug: 'thr', pattern_slug: 'alfanumeryczne', code_lenght: 8 },
    });
    expect(made.status).toBe(201);
    const code: string = (
      await call(b.url, 'POST', '/paycodes/generate_code', {
        token: tenant.token,
        body: { rule_slug: 'thr', creator: 'r' },
      })
    ).body.code;
    // B has looked this code up successfully, so it holds no trace of a failure of this client
    const seen = await call(b.url, 'POST', '/paycodes/get_code', {
      token: tenant.token,
      body: { code, rule_slug: 'thr' },
    });
    expect(seen.status).toBe(200);
    expect(seen.body.code.use_time).toBeNull();

    await awaitFreshMinute();
    const guesses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await call(a.url, 'POST', '/paycodes/use_code', {
        token: tenant.token,
        body: { code: `WRONG${i}`, rule_slug: 'thr', client: 'guesser' },
      });
      guesses.push(res.status);
    }
    // LIMIT failures answer as usual, the next one crosses the limit on A
    expect(guesses).toEqual([...Array(LIMIT).fill(200), 429]);

    const useOnB = await call(b.url, 'POST', '/paycodes/use_code', {
      token: tenant.token,
      body: { code, rule_slug: 'thr', client: 'guesser' },
    });
    expect(useOnB.status).toBe(429);
    expect(useOnB.body?.status).toBeUndefined();
    const getOnB = await call(b.url, 'POST', '/paycodes/get_code', {
      token: tenant.token,
      body: { code, rule_slug: 'thr' },
    });
    expect(getOnB.status).toBe(429);

    const { rows } = await db.query(
      `SELECT use_time, client FROM paycodes WHERE organization_id = $1 AND code = $2`,
      [tenant.id, code],
    );
    expect(rows).toEqual([{ use_time: null, client: null }]);
  });

  it('refuses a correct legacy Operator + Token login on replica B once wrong ones on replica A exhausted the limit', async () => {
    const operator = 700_000 + Math.floor(Math.random() * 100_000);
    const org = await call(a.url, 'POST', '/admin/organizations', {
      admin: true,
      body: { name: 'legacy-thr', operator_id: operator },
    });
    expect(org.status).toBe(201);
    const legacy = await call(a.url, 'POST', `/admin/organizations/${org.body.id}/legacy-tokens`, {
      admin: true,
      body: {},
    });
    expect(legacy.status).toBe(201);
    const info = (base: string, token: number) =>
      call(base, 'POST', '/api/sertcard/Info', {
        body: { Operator: operator, Token: token, SecretCode: 'NOSUCHSECRET' },
      });
    try {
      // the right pair logs in on B (a business answer: the secret is unknown)
      const right = await info(b.url, legacy.body.token);
      expect([right.status, right.body.ErrorCode]).toEqual([200, 10]);

      await awaitFreshMinute();
      await db.query(`DELETE FROM throttle_counters WHERE key LIKE 'ip:%'`);
      const guesses: number[] = [];
      for (let i = 0; i <= LIMIT; i++) guesses.push((await info(a.url, 1000 + i)).status);
      expect(guesses).toEqual([...Array(LIMIT).fill(401), 429]);
      // B saw no failure of this client itself, yet refuses the right pair
      const refused = await info(b.url, legacy.body.token);
      expect([refused.status, refused.body.ErrorCode]).toEqual([429, 429]);
    } finally {
      // the address's count would carry into the next suites' servers for the rest of the minute
      await db.query(`DELETE FROM throttle_counters WHERE key LIKE 'ip:%'`);
    }
  });
});
