import { request } from 'node:http';
import { Client } from 'pg';
import { buildCorpus, BadCase } from './bad-input-corpus';
import { ADMIN, call, newTenant, startServer } from './helpers';

type Answer = { status: number; body: any; text: string };

/** A fingerprint of every domain table (throttle counters and token last-use times aside). */
async function snapshot(): Promise<Record<string, string>> {
  const db = new Client({ connectionString: process.env.TEST_DB_URL });
  await db.connect();
  const tables: Record<string, string> = {
    organizations: 'id, name, operator_id, settings',
    api_tokens: 'id, revoked_at, expires_at',
    legacy_tokens: 'id, revoked_at',
    certificates: 'organization_id, id, code, is_active, value',
    paycode_patterns: 'id, slug, pattern',
    paycode_rules: 'id, slug, code_lenght, is_active, config',
    paycodes: 'id, code, use_time, is_active',
    idempotency_keys: 'organization_id, key',
    card_groups: 'organization_id, id, parent_id, name, description',
    cards: 'organization_id, id, parent_id, code, barcode, name, description, user_id, active, phone, email',
  };
  const out: Record<string, string> = {};
  for (const [table, cols] of Object.entries(tables)) {
    const { rows } = await db.query(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f FROM (SELECT ${cols} FROM ${table}) t`,
    );
    out[table] = rows[0].f;
  }
  await db.end();
  return out;
}

/**
 * A body above the limit through node:http: the server answers 413 as soon as it sees the
 * Content-Length and may close before the upload ends, which fetch reports as a failure.
 */
function sendOversized(base: string, c: BadCase, token: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const auth = c.path.startsWith('/admin') ? { authorization: `Bearer ${ADMIN}` } : { token };
    const req = request(base + c.path, {
      method: c.method,
      headers: { ...auth, 'content-type': c.contentType!, 'content-length': String(c.raw!.length) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: parse(text), text }));
    });
    req.on('error', (e) => setTimeout(() => reject(e), 1000));
    req.end(c.raw);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('bad input: a corpus generated from the OpenAPI document, against every route', () => {
  it('never answers 5xx; every refusal is a 4xx in JSON with a reason; nothing changes', async () => {
    const server = await startServer(undefined, { THROTTLE_LIMIT: '1000000000' });
    try {
      const tenant = await newTenant(server.url);
      await call(server.url, 'GET', '/paycodes/patterns', { token: tenant.token }); // default patterns exist before the snapshot
      const doc = (await call(server.url, 'GET', '/docs-json')).body;
      const corpus = buildCorpus(doc);
      expect(corpus.length).toBeGreaterThanOrEqual(5000);

      const problems: string[] = [];
      const statuses = new Map<number, number>();
      const send = (c: BadCase): Promise<Answer> =>
        (c.label === 'oversized'
          ? sendOversized(server.url, c, tenant.token)
          : call(server.url, c.method, c.path, {
              ...(c.path.startsWith('/admin') ? { admin: true } : { token: tenant.token }),
              body: c.raw === undefined ? c.body : undefined,
              raw: c.raw,
              headers: c.contentType ? { 'content-type': c.contentType } : undefined,
            })
        ).catch((e: Error) => ({ status: 0, body: undefined, text: `no answer: ${e.message}` }));

      const check = async (c: BadCase) => {
        const res = await send(c);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const what = `${c.method} ${c.path.slice(0, 80)} [${c.label}] -> ${res.status} ${res.text.slice(0, 120)}`;
        if (res.status === 0 || res.status >= 500) return problems.push(what);
        if (res.status < 300) {
          const emptyList = c.method === 'GET' && Array.isArray(res.body) && res.body.length === 0;
          const refusedUse = c.path.startsWith('/paycodes/use_code') && res.body?.status === false;
          // a hostile but well-formed string may be stored: then exactly as sent
          const verbatim = c.mayAccept !== undefined && res.text.includes(JSON.stringify(c.mayAccept));
          if (!emptyList && !refusedUse && !verbatim && !c.wellFormed && c.method !== 'GET')
            problems.push(`accepted: ${what}`);
          return;
        }
        if (typeof res.body?.error !== 'string' || typeof res.body?.message !== 'string' || !res.body.message)
          problems.push(`no JSON reason: ${what}`);
      };
      const run = async (cases: BadCase[]) => {
        let next = 0;
        const worker = async () => {
          while (next < cases.length) await check(cases[next++]);
        };
        await Promise.all(Array.from({ length: 12 }, worker));
      };

      // first everything that must be refused, against an unchanged database
      const before = await snapshot();
      await run(corpus.filter((c) => c.mayAccept === undefined && !c.wellFormed));
      expect(await snapshot()).toEqual(before);
      // then the hostile strings that are valid values (refused or stored verbatim) and the
      // well-formed requests (may be accepted): never a 5xx
      await run(corpus.filter((c) => c.mayAccept !== undefined || c.wellFormed));

      console.log(
        `bad-input corpus: ${corpus.length} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(problems.slice(0, 20)).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
