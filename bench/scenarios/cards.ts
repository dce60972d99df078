import { createHash } from 'node:crypto';
import { withIndexesDeferred } from '../lib/bulk-seed';
import { latency } from '../lib/latency';
import type { BenchContext, Scenario } from '../lib/types';

const CARD = '/organization/card';
let seeded: Promise<number> | undefined;

/** The run's cards (1,000,000; 100,000 with --quick), set-based, once for every card scenario. */
function seedCards(ctx: BenchContext): Promise<number> {
  seeded ??= (async () => {
    const n = ctx.quick ? 100_000 : 1_000_000;
    await withIndexesDeferred(ctx.pool, 'cards', async () => {
      await ctx.pool.query(
        `INSERT INTO cards (organization_id, id, code, barcode, name, phone, email, active)
         SELECT $1, gen_random_uuid(), 'C' || g, lpad(g::text, 13, '0'), 'Client ' || md5(g::text),
           '79' || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0'), 'user' || g || '@mail.example', true
         FROM generate_series(1, $2::int) g`,
        [ctx.organizationId, n],
      );
    });
    return n;
  })();
  return seeded;
}

/** A 6-character piece of one card's name: matches a handful of rows (well under 0.1%). */
function rareFragment(i: number): string {
  return createHash('md5').update(String(i)).digest('hex').slice(7, 13);
}

export const cardFilter: Scenario = {
  name: 'GET card list, card_filter of 6 chars (trigram)',
  async run(ctx) {
    const n = await seedCards(ctx);
    let i = 0;
    const next = () => rareFragment(1 + ((i++ * 7907) % n));
    let fragment = next();
    return latency(
      ctx,
      () => `${CARD}?card_filter=${(fragment = next())}&calculate_count=false`,
      () => ({
        text: `SELECT id, code, barcode, name FROM cards WHERE organization_id = $1 AND search LIKE $2 ORDER BY seq LIMIT 20`,
        values: [ctx.organizationId, `%${fragment}%`],
      }),
      25,
      'card_filter',
    );
  },
};

export const byPhone: Scenario = {
  name: 'GET card by_phone, last 4 digits',
  async run(ctx) {
    await seedCards(ctx);
    let i = 0;
    let digits = '0000';
    const next = () => String((i++ * 7919) % 10_000).padStart(4, '0');
    return latency(
      ctx,
      () => `${CARD}/by_phone?filter=${(digits = next())}`,
      () => ({
        text: `SELECT id, code, barcode, name FROM cards WHERE organization_id = $1 AND phone <> '' AND reverse(phone) LIKE $2 ORDER BY seq LIMIT 20`,
        values: [ctx.organizationId, `${[...digits].reverse().join('')}%`],
      }),
      10,
      'by_phone',
    );
  },
};
