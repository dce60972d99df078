import type { Pool } from 'pg';

/**
 * Runs a bulk load with the table's secondary indexes dropped, then builds them again: a million
 * rows load in seconds instead of minutes. Only for the benchmark's own database.
 */
export async function withIndexesDeferred(
  pool: Pool,
  table: string,
  load: () => Promise<void>,
): Promise<void> {
  const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const r of rows) await pool.query(`DROP INDEX "${r.indexname}"`);
  await load();
  for (const r of rows) await pool.query(r.indexdef);
  await pool.query(`ANALYZE "${table}"`);
}

/** p50/p95/p99 of timed samples, in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
