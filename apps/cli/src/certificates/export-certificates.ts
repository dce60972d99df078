import { describeError, type GiftcodeClient } from '@app/client';
import { CsvExportOptions, exportPagesToCsv } from '../csv/csv-export';

export interface ExportOptions extends CsvExportOptions {
  pageSize?: number;
}

/** Writes every certificate to a CSV (`id,code,is_active,value`), page by page in id order. */
export async function exportCertificates(
  client: GiftcodeClient,
  options: ExportOptions,
): Promise<{ rows: number; file: string }> {
  const pageSize = options.pageSize ?? 10_000;
  return exportPagesToCsv(options, ['id', 'code', 'is_active', 'value'], pageSize, async (index) => {
    const res = await client.GET('/external/payment-certificate', {
      params: { query: { offset: index * pageSize, limit: pageSize } },
    });
    if (!res.data) throw new Error(`listing refused: ${describeError(res.response.status, res.error)}`);
    return res.data.map((c) => [c.id, c.code, c.is_active, c.value]);
  });
}
