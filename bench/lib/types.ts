import type { Pool } from 'pg';

/** What a scenario gets: both servers, the database, and an organization with a token. */
export interface BenchContext {
  quick: boolean;
  ours: string;
  baseline: string;
  oursPid: number;
  pool: Pool;
  databaseUrl: string;
  organizationId: string;
  token: string;
}

export interface ScenarioResult {
  /** What `ours` and `baseline` count, e.g. `req/s`, `ms`. */
  unit: string;
  ours: number;
  baseline: number;
  /** ours / baseline for throughputs; baseline / ours for wall times (higher is better either way). */
  ratio: number;
  target: string;
  pass: boolean;
  /** Further figures (latencies, memory) shown after the table. */
  notes?: Record<string, number | string>;
}

export interface Scenario {
  name: string;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}
