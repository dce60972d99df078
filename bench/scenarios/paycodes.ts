import { randomCodes } from '../../libs/codes/src';
import { load, rssOf, timed } from '../lib/load';
import { median, newTenant } from '../lib/seed';
import type { BenchContext, Scenario, ScenarioResult } from '../lib/types';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789';

/** A rule in a new organization, made straight in the database. */
async function ruleFor(
  ctx: BenchContext,
  slug: string,
): Promise<{ id: string; token: string; ruleId: number }> {
  const tenant = await newTenant(ctx);
  const { rows: p } = await ctx.pool.query(
    `INSERT INTO paycode_patterns (organization_id, slug, pattern) VALUES ($1, 'alfanumeryczne', $2) RETURNING id`,
    [tenant.id, ALNUM],
  );
  const { rows: r } = await ctx.pool.query(
    `INSERT INTO paycode_rules (organization_id, slug, pattern_id, code_lenght, code_duration) VALUES ($1, $2, $3, 10, 365) RETURNING id`,
    [tenant.id, slug, p[0].id],
  );
  return { ...tenant, ruleId: r[0].id };
}

/** The SQL limit: one set-based INSERT of n pre-made codes into the table with its unique index. */
async function sqlLimit(ctx: BenchContext, n: number): Promise<number> {
  const rule = await ruleFor(ctx, 'sql');
  const codes = randomCodes(ALNUM, 10, n);
  return timed(async () => {
    for (let i = 0; i < n; i += 50_000) {
      await ctx.pool.query(
        `INSERT INTO paycodes (organization_id, rule_id, code, creator, start_time, end_time)
         SELECT $1, $2, c, 'sql', now(), now() + interval '1 year' FROM unnest($3::text[]) AS c`,
        [rule.id, rule.ruleId, codes.slice(i, i + 50_000)],
      );
    }
  });
}

function generateList(n: number, rounds: number, withRss: boolean): Scenario {
  return {
    name: `POST generate_code_list ${n.toLocaleString('en')} codes`,
    async run(ctx): Promise<ScenarioResult> {
      const ours: number[] = [];
      const sql: number[] = [];
      let peak = 0;
      for (let r = 0; r < rounds; r++) {
        const rule = await ruleFor(ctx, `gen${r}`);
        const before = rssOf(ctx.oursPid);
        peak = Math.max(peak, before);
        const sampler = setInterval(() => (peak = Math.max(peak, rssOf(ctx.oursPid))), 20);
        ours.push(
          await timed(async () => {
            const res = await fetch(`${ctx.ours}/paycodes/generate_code_list`, {
              method: 'POST',
              headers: { token: rule.token, 'content-type': 'application/json' },
              body: JSON.stringify({ rule_slug: `gen${r}`, number_of_codes: n, creator: 'bench' }),
            });
            const body = (await res.json()) as { codes?: string[] };
            if (body.codes?.length !== n) throw new Error(`generate_code_list answered ${res.status}`);
          }),
        );
        clearInterval(sampler);
        sql.push(await sqlLimit(ctx, n));
      }
      const o = median(ours);
      const s = median(sql);
      const ratio = s / o;
      const rssMb = peak / 1024 / 1024;
      return {
        unit: 'ms',
        ours: o,
        baseline: s,
        ratio,
        target: withRss ? '<= 1.5x SQL limit; RSS < 600 MB' : '<= 1.5x SQL limit (ratio >= 0.67)',
        pass: ratio >= 1 / 1.5 && (!withRss || rssMb < 600),
        notes: { 'peak RSS MB': Number(rssMb.toFixed(0)) },
      };
    },
  };
}

export const generateList100k = generateList(100_000, 3, false);

export function generateListMillion(quick: boolean): Scenario {
  return quick ? generateList(200_000, 1, true) : generateList(1_000_000, 1, true);
}

/** POST use_code, 50 connections, a distinct code per request: >= 0.50 of the baseline doing the same UPDATE. */
export const useCode: Scenario = {
  name: 'POST use_code, 50 connections, distinct codes',
  async run(ctx) {
    const seconds = ctx.quick ? 3 : 10;
    const perServer = ctx.quick ? 120_000 : 300_000;
    const rule = await ruleFor(ctx, 'use');
    await ctx.pool.query(
      `INSERT INTO paycodes (organization_id, rule_id, code, creator, start_time, end_time)
       SELECT $1, $2, 'U' || g, 'bench', now() - interval '1 day', now() + interval '1 year' FROM generate_series(1, $3::int) g`,
      [rule.id, rule.ruleId, perServer * 3],
    );
    let next = 0;
    const requests = [
      {
        method: 'POST' as const,
        setupRequest: (req: any) => ({
          ...req,
          headers: { ...req.headers, token: rule.token, 'content-type': 'application/json' },
          body: JSON.stringify({ code: `U${++next}`, rule_slug: 'use', client: 'bench' }),
        }),
      },
    ];
    const run = (base: string) =>
      load({ url: base + '/paycodes/use_code', connections: 50, seconds, requests });
    await run(ctx.ours); // warm-up (uses codes too; the pool is large enough)
    const baseline = await run(ctx.baseline);
    const ours = await run(ctx.ours);
    const { rows } = await ctx.pool.query(
      `SELECT count(*)::int AS n FROM paycodes WHERE rule_id = $1 AND use_time IS NOT NULL`,
      [rule.ruleId],
    );
    const ratio = ours.rps / baseline.rps;
    return {
      unit: 'req/s',
      ours: ours.rps,
      baseline: baseline.rps,
      ratio,
      target: '>= 0.50',
      pass: ratio >= 0.5 && ours.non2xx === 0,
      notes: { 'ours p99 ms': ours.p99, 'codes used': rows[0].n, 'ours statuses': ours.statuses },
    };
  },
};
