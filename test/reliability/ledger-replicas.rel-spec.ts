import { Client } from 'pg';
import type { ServerProcess } from '../helpers/server-process';
import { call, newTenant, startServer } from './helpers';

const CARD = '/organization/card';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A new organization with one card; answers the token and the card's id. */
async function tenantWithCard(
  base: string,
  code: string,
): Promise<{ id: string; token: string; card: string }> {
  const tenant = await newTenant(base);
  const card = await call(base, 'POST', `${CARD}/add`, {
    token: tenant.token,
    body: { code, barcode: `${code}-B` },
  });
  expect(card.status).toBe(201);
  return { ...tenant, card: card.body.card.id };
}

describe('two replicas on one database: ledger spends and periodic jobs', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startServer(undefined, { CARD_JOBS_MS: '200' }),
      startServer(undefined, { CARD_JOBS_MS: '200' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('never spends more than was available when 100 spends exceeding the balance race across both', async () => {
    const { card: id, ...tenant } = await tenantWithCard(a.url, 'SPEND-RACE');
    expect(
      (await call(a.url, 'POST', `${CARD}/${id}/activate`, { token: tenant.token, body: {} })).status,
    ).toBe(200);
    const funded = await call(a.url, 'POST', `${CARD}/${id}/transaction`, {
      token: tenant.token,
      body: { sum: 1000 },
    });
    expect(funded.status).toBe(200);

    const spends = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2 ? a.url : b.url, 'POST', `${CARD}/${id}/transaction`, {
          token: tenant.token,
          body: { sum: -15 },
        }),
      ),
    );
    const ok = spends.filter((s) => s.status === 200);
    const refused = spends.filter((s) => s.status === 409);
    // 66 spends of 15 fit in 1,000; every other one is refused for want of points
    expect([ok.length, refused.length]).toEqual([66, 34]);
    expect(new Set(refused.map((s) => s.body.error))).toEqual(new Set(['insufficient_points']));
    const info = await call(b.url, 'GET', `${CARD}/${id}/balance_info`, { token: tenant.token });
    expect(info.body.balance_available).toBe(10);
    const db = new Client({ connectionString: process.env.TEST_DB_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n, sum(amount)::float8 AS spent,
                (SELECT sum(remaining)::float8 FROM point_batches WHERE organization_id = $1 AND account_id = $2) AS left
         FROM card_transactions WHERE organization_id = $1 AND account_id = $2 AND kind = 'spend'`,
        [tenant.id, id],
      );
      expect(rows[0]).toEqual({ n: 66, spent: -990, left: 10 });
    } finally {
      await db.end();
    }
  });

  it('runs the periodic card job on one replica at a time', async () => {
    const { card: id, ...tenant } = await tenantWithCard(a.url, 'JOB-1');
    const blocked = await call(b.url, 'POST', `${CARD}/${id}/block`, {
      token: tenant.token,
      body: { description: 'until tomorrow', unblock_date: Date.now() + 1000 },
    });
    expect(blocked.status).toBe(200);
    const db = new Client({ connectionString: process.env.TEST_DB_URL });
    await db.connect();
    const flag = async () =>
      (await db.query(`SELECT blocked FROM cards WHERE organization_id = $1 AND id = $2`, [tenant.id, id]))
        .rows[0].blocked;
    try {
      // while something else holds the job's lock, neither replica runs it: the ended block stays flagged
      await db.query(`SELECT pg_advisory_lock(hashtext('cards:periodic'))`);
      await sleep(2500);
      expect(await flag()).toBe(true);
      // the card already behaves as unblocked
      const spend = await call(a.url, 'POST', `${CARD}/${id}/transaction`, {
        token: tenant.token,
        body: { sum: 5 },
      });
      expect(spend.status).toBe(200);
      await db.query(`SELECT pg_advisory_unlock(hashtext('cards:periodic'))`);
      const until = Date.now() + 5000;
      while ((await flag()) && Date.now() < until) await sleep(100);
      expect(await flag()).toBe(false);
    } finally {
      await db.end();
    }
  });
});
