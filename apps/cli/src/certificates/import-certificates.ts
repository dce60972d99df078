import { createWriteStream, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describeError, type GiftcodeClient } from '@app/client';
import { csvLine, readCsv, type CsvRecord } from '../csv/csv';

export interface ImportOptions {
  file: string;
  batchSize?: number;
  /** Where refused rows go, with a `reason` column; fix and import that file again. */
  failedFile?: string;
  /** Rows read so far, and how far into the file that is (bytes read of `totalBytes`). */
  onProgress?: (rowsRead: number, bytesRead: number, totalBytes: number) => void;
}

export interface ImportSummary {
  rows: number;
  imported: number;
  failed: number;
  failed_file: string | null;
}

interface Row {
  record: CsvRecord;
  item: { code: string; is_active?: boolean; value?: number };
}

const BOOL: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
};

function toRow(record: CsvRecord): Row | string {
  const { code, is_active, value } = record.fields;
  if (!code?.trim()) return 'code is empty';
  const item: Row['item'] = { code };
  if (is_active !== undefined && is_active !== '') {
    const b = BOOL[is_active.trim().toLowerCase()];
    if (b === undefined) return `is_active must be true or false, not ${JSON.stringify(is_active)}`;
    item.is_active = b;
  }
  if (value !== undefined && value !== '') {
    if (!/^\d+$/.test(value.trim())) return `value must be a whole number >= 0, not ${JSON.stringify(value)}`;
    item.value = Number(value.trim());
  }
  return item.code ? { record, item } : 'code is empty';
}

/**
 * Imports a CSV (`code,is_active,value`) through `POST bulk-create`, streamed, in batches. A batch
 * the service refuses (duplicate codes, bad values) is sent again without the rows it named; those
 * rows go to the failed file with the reason. Each batch carries an Idempotency-Key made from its
 * content, so running an interrupted import again never creates a batch twice.
 */
export async function importCertificates(
  client: GiftcodeClient,
  options: ImportOptions,
): Promise<ImportSummary> {
  const totalBytes = statSync(options.file).size;
  const batchSize = options.batchSize ?? 1000;
  const failedPath = options.failedFile ?? `${options.file}.failed.csv`;
  const summary: ImportSummary = { rows: 0, imported: 0, failed: 0, failed_file: null };
  const failed = createWriteStream(failedPath);
  failed.write(csvLine(['line', 'code', 'is_active', 'value', 'reason']));
  const fail = (record: CsvRecord, reason: string) => {
    summary.failed++;
    const f = record.fields;
    failed.write(csvLine([record.line, f.code, f.is_active, f.value, reason]));
  };

  let batch: Row[] = [];
  const flush = async () => {
    let rows = batch;
    batch = [];
    for (let attempt = 0; rows.length > 0 && attempt < 3; attempt++) {
      const body = rows.map((r) => r.item);
      const key = createHash('sha256').update(JSON.stringify(body)).digest('hex');
      const res = await client.POST('/external/payment-certificate/bulk-create', {
        body,
        headers: { 'idempotency-key': `import-${key}` },
      });
      if (res.response.status === 201) {
        summary.imported += rows.length;
        return;
      }
      const error = res.error as { details?: { index?: number; reason: string }[] } | undefined;
      const named = new Map<number, string>();
      for (const d of error?.details ?? []) if (d.index !== undefined) named.set(d.index, d.reason);
      if (![400, 404, 409].includes(res.response.status) || named.size === 0) {
        throw new Error(
          `batch at line ${rows[0].record.line} refused: ${describeError(res.response.status, res.error)}`,
        );
      }
      rows.forEach((r, i) => named.has(i) && fail(r.record, named.get(i)!));
      rows = rows.filter((_, i) => !named.has(i));
    }
    for (const r of rows) fail(r.record, 'refused three times');
  };

  for await (const record of readCsv(options.file)) {
    summary.rows++;
    const row = toRow(record);
    if (typeof row === 'string') fail(record, row);
    else batch.push(row);
    if (batch.length >= batchSize) await flush();
    options.onProgress?.(summary.rows, Math.min(record.bytesRead, totalBytes), totalBytes);
  }
  await flush();
  await new Promise<void>((resolve) => failed.end(() => resolve()));
  summary.failed_file = summary.failed > 0 ? failedPath : null;
  return summary;
}
