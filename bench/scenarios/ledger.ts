import { load } from '../lib/load';
import { latency } from '../lib/latency';
import type { BenchContext, Scenario } from '../lib/types';

const CARD = '/organization/card';

/** POSTs JSON to our service as the bench organization; a refusal stops the scenario. */
async function post<T>(ctx: BenchContext, path: string, body: unknown): Promise<T> {
  const res = await fetch(ctx.ours + path, {
    method: 'POST',
    headers: { token: ctx.token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

async function activeCard(ctx: BenchContext, code: string): Promise<string> {
  const { card } = await post<{ card: { id: string } }>(ctx, `${CARD}/add`, { code, barcode: `${code}-B` });
  await post(ctx, `${CARD}/${card.id}/activate`, {});
  return card.id;
}

/**
 * balance_info of a card with 10,000 ledger rows, as years of use leave them (set-based): 5,000
 * accruals of 10 points and 5,000 spends of 10, a day apart; the accruals' batches are spent or
 * burnt but for the last 50, of which a third burn later and a few are pending. p95 <= 20 ms.
 */
export const balanceInfo: Scenario = {
  name: 'GET balance_info, card with 10,000 ledger rows',
  async run(ctx) {
    const id = await activeCard(ctx, 'LEDGER-10K');
    await ctx.pool.query(
      `WITH tx AS (
         INSERT INTO card_transactions (organization_id, id, card_id, account_id, kind, amount, active_from, active_to, created_at)
         SELECT $1, gen_random_uuid(), $2, $2,
                CASE WHEN g % 2 = 1 THEN 'accrual' ELSE 'spend' END,
                CASE WHEN g % 2 = 1 THEN 10 ELSE -10 END,
                CASE WHEN g % 2 = 1 THEN now() - (10000 - g) * interval '1 hour' + CASE WHEN g > 9990 THEN interval '20 days' ELSE interval '0' END END,
                CASE WHEN g % 2 = 1 AND g % 3 = 0 THEN now() - (10000 - g) * interval '1 hour' + interval '30 days' END,
                now() - (10000 - g) * interval '1 hour'
         FROM generate_series(1, 10000) g
         RETURNING id, kind, amount, active_from, active_to, created_at)
       INSERT INTO point_batches (organization_id, account_id, transaction_id, amount, remaining, active_from, active_to, created_at)
       SELECT $1, $2, id, amount,
              CASE WHEN created_at > now() - interval '100 hours' THEN amount ELSE 0 END,
              active_from, active_to, created_at
       FROM tx WHERE kind = 'accrual'`,
      [ctx.organizationId, id],
    );
    await ctx.pool.query('ANALYZE card_transactions; ANALYZE point_batches');
    return latency(
      ctx,
      () => `${CARD}/${id}/balance_info`,
      () => ({
        text: `SELECT coalesce(sum(remaining), 0) FROM point_batches
               WHERE organization_id = $1 AND account_id = $2 AND remaining > 0 AND active_from <= now()
                 AND (active_to IS NULL OR active_to > now())`,
        values: [ctx.organizationId, id],
      }),
      20,
      'balance_info',
    );
  },
};

/**
 * Spends of 1 point on one card funded for the whole run, 50 connections: never overspends (the
 * points taken equal the successful spends and the balance never goes below zero); >= 500 req/s.
 */
export const spendPoints: Scenario = {
  name: 'POST transaction spend 1 point, one card, 50 connections',
  async run(ctx) {
    const id = await activeCard(ctx, 'SPEND-1');
    const funded = 1_000_000;
    await post(ctx, `${CARD}/${id}/transaction`, { sum: funded });
    const run = await load({
      url: `${ctx.ours}${CARD}/${id}/transaction`,
      connections: 50,
      seconds: ctx.quick ? 3 : 10,
      method: 'POST',
      headers: { token: ctx.token, 'content-type': 'application/json' },
      body: JSON.stringify({ sum: -1 }),
    });
    // requests still in flight when the load stopped may commit after it: let them land first
    await new Promise((r) => setTimeout(r, 2000));
    const res = await fetch(`${ctx.ours}${CARD}/${id}/balance_info`, { headers: { token: ctx.token } });
    const info = (await res.json()) as { balance_available: number };
    const { rows } = await ctx.pool.query(
      `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::float AS spent FROM card_transactions
       WHERE organization_id = $1 AND account_id = $2 AND kind = 'spend'`,
      [ctx.organizationId, id],
    );
    const oks = Number(run.statuses.match(/200:(\d+)/)?.[1] ?? 0);
    // every acknowledged spend is booked, each took exactly 1 point, and the balance is what is left
    const exact =
      rows[0].n >= oks &&
      -rows[0].spent === rows[0].n &&
      info.balance_available === funded - rows[0].n &&
      info.balance_available >= 0;
    return {
      unit: 'req/s',
      ours: run.rps,
      baseline: 500,
      ratio: run.rps / 500,
      target: '>= 500 req/s (baseline: that floor); exact',
      pass: run.rps >= 500 && exact && run.errors === 0,
      notes: {
        'ours p99 ms': run.p99,
        'spends 200': oks,
        'spend rows': rows[0].n,
        balance_available: info.balance_available,
        'never overspent': exact ? 'yes' : 'NO',
      },
    };
  },
};
