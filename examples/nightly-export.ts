/**
 * Nightly export: writes the organization's certificates to `<dir>/certificates-<date>.csv`
 * (id,code,is_active,value), page by page, through a temporary file renamed when complete, so a
 * half-written export never looks like a finished one. Meant for cron:
 *
 *   0 2 * * *  GIFTCODE_URL=... GIFTCODE_TOKEN=... node dist/examples/nightly-export.js /backups
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGiftcodeClient, describeError, type GiftcodeClient } from '@app/client';

const PAGE = 10_000;

function csv(values: unknown[]): string {
  return (
    values
      .map((v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)))
      .join(',') + '\n'
  );
}

export async function exportNightly(client: GiftcodeClient, dir: string, date = new Date()): Promise<string> {
  const file = join(dir, `certificates-${date.toISOString().slice(0, 10)}.csv`);
  const out = createWriteStream(`${file}.partial`);
  out.write(csv(['id', 'code', 'is_active', 'value']));
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.GET('/external/payment-certificate', {
      params: { query: { offset, limit: PAGE } },
    });
    if (!page.data) {
      out.destroy();
      await rm(`${file}.partial`, { force: true });
      throw new Error(describeError(page.response.status, page.error));
    }
    for (const c of page.data)
      if (!out.write(csv([c.id, c.code, c.is_active, c.value]))) await once(out, 'drain');
    if (page.data.length < PAGE) break;
  }
  out.end();
  await once(out, 'finish');
  await rename(`${file}.partial`, file);
  return file;
}

if (require.main === module) {
  const client = createGiftcodeClient({
    baseUrl: process.env.GIFTCODE_URL ?? 'http://localhost:3000',
    token: process.env.GIFTCODE_TOKEN,
  });
  exportNightly(client, process.argv[2] ?? '.').then(
    (file) => console.log(`exported to ${file}`),
    (e: Error) => {
      console.error(`export failed: ${e.message}`);
      process.exit(1);
    },
  );
}
