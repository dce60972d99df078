import { request } from 'node:http';
import { Client } from 'pg';
import { buildCorpus, BadCase } from './bad-input-corpus';
import { ADMIN, call, newTenant, startServer } from './helpers';

type Answer = { status: number; body: any; text: string };

/** Tables whose rows may change without any domain data changing. */
const NOT_DOMAIN = ['throttle_counters', 'idempotency_keys', 'migrations'];

/** A fingerprint of every domain table (token last-use times aside). */
async function snapshot(): Promise<Record<string, string>> {
  const db = new Client({ connectionString: process.env.TEST_DB_URL });
  await db.connect();
  const { rows: tables } = await db.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))`,
    [NOT_DOMAIN],
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const { rows } = await db.query(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(j, '|' ORDER BY j)), '') AS f
       FROM (SELECT (to_jsonb(t) - 'last_used_at')::text AS j FROM "${table_name}" t) x`,
    );
    out[table_name] = rows[0].f;
  }
  await db.end();
  return out;
}

/**
 * Whether an answer gives a reason in its client's format: the JSON envelope `{error, message}`,
 * the card API's `{code, message}`, or a SertCard response with `ErrorCode`/`Message` in JSON or XML.
 */
function hasReason(res: Answer): boolean {
  const b = res.body;
  const text = (v: unknown) => typeof v === 'string' && v.length > 0;
  if (b && typeof b === 'object') {
    if (text(b.error) && text(b.message)) return true;
    if (b.code !== undefined && b.code !== 0 && text(b.message)) return true;
    if (typeof b.ErrorCode === 'number' && b.ErrorCode !== 0 && text(b.Message)) return true;
  }
  return (
    /<ErrorCode[^>]*>[1-9]\d*<\/ErrorCode>/.test(res.text) && /<Message[^>]*>[^<]+<\/Message>/.test(res.text)
  );
}

/**
 * A body above the limit through node:http, sent the way a careful client does: headers first,
 * the body only if no answer comes. The service answers 413 from the Content-Length alone; had
 * the body been on its way, the closing socket could reset the connection before the answer is read.
 */
function sendOversized(base: string, c: BadCase, token: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const auth = c.path.startsWith('/admin') ? { authorization: `Bearer ${ADMIN}` } : { token };
    const req = request(base + c.path, {
      method: c.method,
      headers: { ...auth, 'content-type': c.contentType!, 'content-length': String(c.raw!.length) },
    });
    const sendBody = setTimeout(() => req.end(c.raw), 2000);
    req.on('response', (res) => {
      clearTimeout(sendBody);
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, body: parse(text), text });
      });
    });
    req.on('error', (e) => {
      clearTimeout(sendBody);
      reject(e);
    });
    req.flushHeaders();
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
  it("never answers 5xx; every refusal is a 4xx with a reason in the client's format; nothing changes", async () => {
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
          // SertCard business refusals are HTTP 200 with an ErrorCode
          const refusedSale = c.path.startsWith('/api/sertcard') && res.status === 200 && hasReason(res);
          // a hostile but well-formed string may be stored: then exactly as sent
          const verbatim = c.mayAccept !== undefined && res.text.includes(JSON.stringify(c.mayAccept));
          if (!emptyList && !refusedUse && !refusedSale && !verbatim && !c.wellFormed && c.method !== 'GET')
            problems.push(`accepted: ${what}`);
          return;
        }
        if (!hasReason(res)) problems.push(`no reason in the client's format: ${what}`);
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
