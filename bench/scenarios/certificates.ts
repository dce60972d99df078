import { createHash, randomBytes } from 'node:crypto';
import QueryStream from 'pg-query-stream';
import { load, rssOf, timed } from '../lib/load';
import type { BenchContext, Scenario } from '../lib/types';

const BASE = '/external/payment-certificate';

async function newOrganization(ctx: BenchContext): Promise<string> {
  const { rows } = await ctx.pool.query(
    `INSERT INTO organizations (name, settings, webhook_secret) VALUES ('bench', '{}', 'x') RETURNING id`,
  );
  return rows[0].id;
}

/** GET one certificate by id, 50 connections: >= 0.60 of the raw baseline, p99 <= 25 ms. */
export const getCertificate: Scenario = {
  name: 'GET one certificate, 50 connections',
  async run(ctx) {
    const count = 10_000;
    await ctx.pool.query(
      `INSERT INTO certificates (organization_id, id, code, is_active, value)
       SELECT $1, g, 'GET-' || g, true, g FROM generate_series(1, $2::int) g`,
      [ctx.organizationId, count],
    );
    await ctx.pool.query(`INSERT INTO certificate_sequences (organization_id, last_id) VALUES ($1, $2)`, [
      ctx.organizationId,
      count,
    ]);
    const probe = await fetch(`${ctx.ours}${BASE}/1`, { headers: { token: ctx.token } });
    if (probe.status !== 200) throw new Error(`GET answered ${probe.status}: ${await probe.text()}`);
    const seconds = ctx.quick ? 3 : 10;
    const requests = [
      {
        setupRequest: (req: any) => ({ ...req, path: `${BASE}/${1 + Math.floor(Math.random() * count)}` }),
      },
    ];
    const run = (base: string) =>
      load({ url: base, connections: 50, seconds, headers: { token: ctx.token }, requests });
    await run(ctx.ours); // warm-up both
    await run(ctx.baseline);
    const baseline = await run(ctx.baseline);
    const ours = await run(ctx.ours);
    const ratio = ours.rps / baseline.rps;
    return {
      unit: 'req/s',
      ours: ours.rps,
      baseline: baseline.rps,
      ratio,
      target: '>= 0.60, p99 <= 25 ms',
      pass: ratio >= 0.6 && ours.p99 <= 25 && ours.non2xx === 0 && ours.errors === 0,
      notes: { 'ours p99 ms': ours.p99, 'baseline p99 ms': baseline.p99, 'ours statuses': ours.statuses },
    };
  },
};

/** POST bulk-create of 10,000 items: <= 2x the SQL limit (one INSERT of the same rows with the unique index). */
export const bulkCreate: Scenario = {
  name: 'POST bulk-create 10,000 certificates',
  async run(ctx) {
    const n = 10_000;
    const rounds = ctx.quick ? 3 : 5;
    const oursTimes: number[] = [];
    const sqlTimes: number[] = [];
    // round 0 warms both up (JIT, validation metadata, plans) and is not counted
    for (let r = 0; r <= rounds; r++) {
      const body = JSON.stringify(
        Array.from({ length: n }, (_, i) => ({ code: `BULK-${r}-${i}`, value: i })),
      );
      oursTimes.push(
        await timed(async () => {
          const res = await fetch(`${ctx.ours}${BASE}/bulk-create/`, {
            method: 'POST',
            headers: { token: ctx.token, 'content-type': 'application/json' },
            body,
          });
          if (res.status !== 201) throw new Error(`bulk-create answered ${res.status}`);
          await res.arrayBuffer();
        }),
      );
      const org = await newOrganization(ctx);
      const codes = Array.from({ length: n }, (_, i) => `BULK-${r}-${i}`);
      const values = Array.from({ length: n }, (_, i) => i);
      sqlTimes.push(
        await timed(() =>
          ctx.pool.query(
            `INSERT INTO certificates (organization_id, id, code, is_active, value)
             SELECT $1, t.ord::int, t.code, true, t.value
             FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS t(code, value, ord)
             RETURNING id, code, is_active, value`,
            [org, codes, values],
          ),
        ),
      );
    }
    const ours = median(oursTimes.slice(1));
    const sql = median(sqlTimes.slice(1));
    const ratio = sql / ours;
    return {
      unit: 'ms',
      ours,
      baseline: sql,
      ratio,
      target: '<= 2x SQL limit (ratio >= 0.50)',
      pass: ratio >= 0.5,
    };
  },
};

/** GET / of 1,000,000 rows: streamed, RSS grows < 100 MB; rows/s against a raw cursor read of the same query. */
export const listMillion: Scenario = {
  name: 'GET list of 1,000,000 certificates (streamed)',
  async run(ctx) {
    const rows = ctx.quick ? 100_000 : 1_000_000;
    const org = await newOrganization(ctx);
    await ctx.pool.query(
      `INSERT INTO certificates (organization_id, id, code, is_active, value)
       SELECT $1, g, 'LIST-' || g, g % 3 <> 0, g FROM generate_series(1, $2::int) g`,
      [org, rows],
    );
    const token = await tokenFor(ctx, org);
    const rssBefore = rssOf(ctx.oursPid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(ctx.oursPid))), 20);
    let bytes = 0;
    const oursMs = await timed(async () => {
      const res = await fetch(`${ctx.ours}${BASE}/`, { headers: { token } });
      const reader = res.body!.getReader();
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        bytes += chunk.value.length;
      }
    });
    clearInterval(sampler);
    const client = await ctx.pool.connect();
    let read = 0;
    const rawMs = await timed(async () => {
      const stream = client.query(
        new QueryStream(
          'SELECT id, code, is_active, value FROM certificates WHERE organization_id = $1 ORDER BY id',
          [org],
          { batchSize: 1000 },
        ),
      );
      for await (const row of stream) read += row ? 1 : 0;
    });
    client.release();
    const growthMb = (rssPeak - rssBefore) / 1024 / 1024;
    const oursRate = rows / (oursMs / 1000);
    const rawRate = read / (rawMs / 1000);
    return {
      unit: 'rows/s',
      ours: oursRate,
      baseline: rawRate,
      ratio: oursRate / rawRate,
      target: 'RSS growth < 100 MB',
      pass: growthMb < 100 && bytes > rows * 30,
      notes: { 'RSS growth MB': Number(growthMb.toFixed(1)), 'MB sent': Number((bytes / 1e6).toFixed(1)) },
    };
  },
};

async function tokenFor(ctx: BenchContext, org: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await ctx.pool.query(
    `INSERT INTO api_tokens (organization_id, name, token_hash) VALUES ($1, 'bench', $2)`,
    [org, createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
