import Fastify from 'fastify';
import { Pool } from 'pg';
import { parseStringPromise } from 'xml2js';
import { randomBytes } from 'node:crypto';
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

  // NumberFromGoods in XML, one goods line: parse, then in one transaction read the series, record
  // the sale and issue one certificate row; answer a fixed XML template.
  app.addContentTypeParser('application/xml', { parseAs: 'string' }, (_req, body, done) => {
    parseStringPromise(body as string, {
      explicitArray: false,
      tagNameProcessors: [(n) => n.replace(/^.*:/, '')],
    }).then(
      (doc) => done(null, doc),
      (e: Error) => done(e, undefined),
    );
  });
  app.post('/api/sertcard/NumberFromGoods', async (req, reply) => {
    const org = await auth(req.headers.token as string | undefined);
    if (!org) return reply.code(401).send();
    const r = (req.body as { NumberFromGoodsRequest: Record<string, any> }).NumberFromGoodsRequest;
    const good = r.Goods['NumberFromGoodsRequest.NumberFromGoodsGood'];
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const series = (
        await client.query(
          'SELECT validity_days, nominal FROM sertcard_series WHERE organization_id = $1 AND id = $2',
          [org, Number(r.SertCardSeries._ ?? r.SertCardSeries)],
        )
      ).rows[0];
      const sale = await client.query(
        `INSERT INTO sertcard_sales (organization_id, series_id, pos_code, order_number, fingerprint)
         VALUES ($1, $2, $3, $4, 'x') RETURNING id`,
        [org, Number(r.SertCardSeries), r.PosCode, r.OrderNumber],
      );
      const cert = (
        await client.query(
          `INSERT INTO sertcard_certificates (organization_id, sale_id, series_id, item_code, secret_code, nominal, remain,
             expires_at, allow_refund, allow_reuse)
           VALUES ($1, $2, $3, $4, $5, $6, $6, now() + make_interval(days => $7), true, true)
           RETURNING number, secret_code, nominal, expires_at`,
          [
            org,
            sale.rows[0].id,
            Number(r.SertCardSeries),
            good.ItemCode,
            randomBytes(9).toString('base64url'),
            good.Price,
            series.validity_days,
          ],
        )
      ).rows[0];
      await client.query('COMMIT');
      reply.header('content-type', 'application/xml; charset=utf-8');
      return `<NumberFromGoodsResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><ErrorCode>0</ErrorCode><SertCards><NumberFromGoodsResponse.NumberFromGoodsSertCard><Number>${cert.number}</Number><SecretCode>${cert.secret_code}</SecretCode><Nominal>${cert.nominal}</Nominal><SertExpDate>${cert.expires_at.toISOString()}</SertExpDate></NumberFromGoodsResponse.NumberFromGoodsSertCard></SertCards></NumberFromGoodsResponse>`;
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
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
