/**
 * Bulk price update: every active certificate whose code starts with a prefix gets a new value,
 * in all-or-nothing batches of up to 10,000. A re-run after a failure is safe: each batch carries
 * an Idempotency-Key derived from its content, so a batch the service already applied is replayed,
 * not applied twice.
 *
 *   GIFTCODE_URL=http://localhost:3000 GIFTCODE_TOKEN=... \
 *     node dist/examples/bulk-price-update.js CERT- 1500
 */
import { createHash } from 'node:crypto';
import { createGiftcodeClient, describeError, type GiftcodeClient } from '@app/client';

const BATCH = 10_000;

export async function updatePrices(client: GiftcodeClient, prefix: string, value: number): Promise<number> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const page = await client.GET('/external/payment-certificate', {
      params: { query: { code: prefix, is_active: true, offset, limit: BATCH } },
    });
    if (!page.data) throw new Error(describeError(page.response.status, page.error));
    ids.push(...page.data.filter((c) => c.value !== value).map((c) => c.id));
    if (page.data.length < BATCH) break;
  }
  for (let i = 0; i < ids.length; i += BATCH) {
    const body = ids.slice(i, i + BATCH).map((id) => ({ id, value }));
    const key = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    const res = await client.PUT('/external/payment-certificate/bulk-update', {
      body,
      headers: { 'Idempotency-Key': `price-${key}` },
    });
    if (!res.data) throw new Error(describeError(res.response.status, res.error));
  }
  return ids.length;
}

if (require.main === module) {
  const [prefix, value] = process.argv.slice(2);
  if (!prefix || !/^\d+$/.test(value ?? '')) {
    console.error('usage: bulk-price-update <code prefix> <new value>');
    process.exit(2);
  }
  const client = createGiftcodeClient({
    baseUrl: process.env.GIFTCODE_URL ?? 'http://localhost:3000',
    token: process.env.GIFTCODE_TOKEN,
  });
  updatePrices(client, prefix, Number(value)).then(
    (n) => console.log(`${n} certificates now cost ${value}`),
    (e: Error) => {
      console.error(`price update failed: ${e.message}`);
      process.exit(1);
    },
  );
}
