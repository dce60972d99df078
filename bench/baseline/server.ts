import Fastify from 'fastify';
import { Pool } from 'pg';
import { makeAuth } from './auth';

/**
 * The raw baseline: a minimal Fastify + pg server doing, per route, the same authentication and
 * the same SQL as the service, with nothing else (no Nest, no validation, no tenant context).
 * Run as its own process: `node dist/bench/baseline/server.js` with PORT and DATABASE_URL.
 */
async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const auth = makeAuth(pool);
  const app = Fastify({ logger: false, bodyLimit: 32 * 1024 * 1024 });

  app.get('/external/payment-certificate/:id', async (req, reply) => {
    const org = await auth(req.headers.token as string | undefined);
    if (!org) return reply.code(401).send({ statusCode: 401 });
    const { rows } = await pool.query(
      'SELECT id, code, is_active, value FROM certificates WHERE organization_id = $1 AND id = $2',
      [org, Number((req.params as { id: string }).id)],
    );
    if (!rows[0]) return reply.code(404).send({ statusCode: 404 });
    return rows[0];
  });

  app.post('/paycodes/use_code', async (req, reply) => {
    const org = await auth(req.headers.token as string | undefined);
    if (!org) return reply.code(401).send({ statusCode: 401 });
    const b = req.body as { code: string; rule_slug: string; client: string };
    const { rows } = await pool.query(
      `UPDATE paycodes c SET use_time = now(), client = $4
       FROM paycode_rules r
       WHERE r.organization_id = $1 AND r.slug = $2 AND r.is_active AND c.rule_id = r.id AND c.code = $3
         AND c.use_time IS NULL AND c.is_active AND c.start_time <= now() AND c.end_time >= now()
       RETURNING c.id`,
      [org, b.rule_slug, b.code, b.client],
    );
    return rows.length === 1 ? { status: true } : { status: false, reason: 'already_used' };
  });

  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  const stop = () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
