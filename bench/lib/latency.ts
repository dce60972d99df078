import { percentiles } from './bulk-seed';
import { timed } from './load';
import type { BenchContext, ScenarioResult } from './types';

/**
 * Sequential requests (one client, as a cashier's search box) for `seconds`: latency of each,
 * ours and the same query issued straight to PostgreSQL.
 */
export async function latency(
  ctx: BenchContext,
  path: () => string,
  sql: () => { text: string; values: unknown[] },
  targetP95: number,
  label: string,
): Promise<ScenarioResult> {
  const seconds = ctx.quick ? 3 : 10;
  const run = async (once: () => Promise<void>) => {
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) await once(); // warm-up
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) samples.push(await timed(once));
    return percentiles(samples);
  };
  let statusError: string | undefined;
  const ours = await run(async () => {
    const res = await fetch(ctx.ours + path(), { headers: { token: ctx.token } });
    const text = await res.text();
    if (res.status !== 200) statusError ??= `${res.status} ${text.slice(0, 200)}`;
  });
  if (statusError) throw new Error(`${label} answered ${statusError}`);
  const direct = await run(async () => {
    const q = sql();
    await ctx.pool.query(q.text, q.values);
  });
  return {
    unit: 'p95 ms',
    ours: ours.p95,
    baseline: direct.p95,
    ratio: direct.p95 / ours.p95,
    target: `p95 <= ${targetP95} ms`,
    pass: ours.p95 <= targetP95,
    notes: { 'ours p50 ms': ours.p50, 'ours p99 ms': ours.p99, 'direct SQL p95 ms': direct.p95 },
  };
}
