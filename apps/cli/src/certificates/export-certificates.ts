import { createWriteStream } from 'node:fs';
import { describeError, type GiftcodeClient } from '@app/client';
import { csvLine } from '../csv/csv';

export interface ExportOptions {
  file: string;
  pageSize?: number;
  onProgress?: (rows: number) => void;
}

/** Writes every certificate to a CSV (`id,code,is_active,value`), page by page in id order. */
export async function exportCertificates(
  client: GiftcodeClient,
  options: ExportOptions,
): Promise<{ rows: number; file: string }> {
  const pageSize = options.pageSize ?? 10_000;
  const out = createWriteStream(options.file);
  out.write(csvLine(['id', 'code', 'is_active', 'value']));
  let rows = 0;
  for (let offset = 0; ; offset += pageSize) {
    const res = await client.GET('/external/payment-certificate', {
      params: { query: { offset, limit: pageSize } },
    });
    if (!res.data) throw new Error(`listing refused: ${describeError(res.response.status, res.error)}`);
    for (const c of res.data) {
      if (!out.write(csvLine([c.id, c.code, c.is_active, c.value])))
        await new Promise<void>((r) => out.once('drain', () => r()));
    }
    rows += res.data.length;
    options.onProgress?.(rows);
    if (res.data.length < pageSize) break;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { rows, file: options.file };
}
