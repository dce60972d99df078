import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '../libs/data/src';
import { startServer } from './lib/servers';
import type { BenchContext, Scenario, ScenarioResult } from './lib/types';
import { scenarios } from './scenarios';

/**
 * `npm run bench [-- --quick] [-- --only <text>]`: a fresh database, the built service and the raw
 * baseline side by side, every scenario of quality.md that exists, a table, bench/results/latest.json.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
  const database = await freshDatabase();
  const pool = new Pool({ connectionString: database.url, max: 10 });
  const ours = await startServer('apps/api/src/main.js', { DATABASE_URL: database.url }, '/health');
  const baseline = await startServer(
    'bench/baseline/server.js',
    { DATABASE_URL: database.url },
    '/external/payment-certificate/1',
  );
  const results: (ScenarioResult & { scenario: string })[] = [];
  try {
    const { rows } = await pool.query(
      `INSERT INTO organizations (name, settings, webhook_secret) VALUES ('bench', '{}', 'x') RETURNING id`,
    );
    const token = randomBytes(24).toString('base64url');
    await pool.query(`INSERT INTO api_tokens (organization_id, name, token_hash) VALUES ($1, 'bench', $2)`, [
      rows[0].id,
      createHash('sha256').update(token).digest('hex'),
    ]);
    const ctx: BenchContext = {
      quick,
      ours: ours.url,
      baseline: baseline.url,
      oursPid: ours.child.pid!,
      pool,
      databaseUrl: database.url,
      organizationId: rows[0].id,
      token,
    };
    for (const scenario of scenarios(quick).filter((s: Scenario) => !only || s.name.includes(only))) {
      process.stderr.write(`running: ${scenario.name}\n`);
      try {
        results.push({ scenario: scenario.name, ...(await scenario.run(ctx)) });
      } catch (e) {
        results.push({
          scenario: scenario.name,
          unit: '-',
          ours: 0,
          baseline: 0,
          ratio: 0,
          target: '-',
          pass: false,
          notes: { error: (e as Error).message },
        });
      }
    }
  } finally {
    await ours.stop();
    await baseline.stop();
    await pool.end();
    await database.drop();
  }
  print(results);
  const dir = join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'latest.json'),
    JSON.stringify({ date: new Date().toISOString(), quick, results }, null, 2) + '\n',
  );
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toString() : n.toFixed(2);
}

function print(results: (ScenarioResult & { scenario: string })[]): void {
  const rows = [
    ['scenario', 'unit', 'ours', 'baseline', 'ratio', 'target', 'result'],
    ...results.map((r) => [
      r.scenario,
      r.unit,
      fmt(r.ours),
      fmt(r.baseline),
      r.ratio.toFixed(2),
      r.target,
      r.pass ? 'pass' : 'FAIL',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log('| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |');
  for (const r of results) if (r.notes) console.log(`${r.scenario}: ${JSON.stringify(r.notes)}`);
}

/** A database of its own: a new one on DATABASE_URL's server, else an embedded server in a temp dir. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const name = `giftcode_bench_${Date.now()}`;
    const admin = new Client({ connectionString: given });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(given);
    url.pathname = `/${name}`;
    await runMigrations(url.toString());
    return {
      url: url.toString(),
      drop: async () => {
        const c = new Client({ connectionString: given });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'giftcode-bench-'));
  const embedded = await startEmbeddedPostgres({ dataDir: dir });
  await runMigrations(embedded.url);
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exit(1);
});
