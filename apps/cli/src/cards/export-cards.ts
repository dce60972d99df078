import { describeError, type GiftcodeClient } from '@app/client';
import { CsvExportOptions, exportPagesToCsv } from '../csv/csv-export';

export interface CardExportOptions extends CsvExportOptions {
  /** Cards per request (the card API allows up to 1,000). */
  pageSize?: number;
}

export const CARD_COLUMNS = [
  'id',
  'code',
  'barcode',
  'name',
  'phone',
  'email',
  'balance',
  'active',
  'blocked',
  'parent_id',
  'user_id',
  'card_level_id',
  'date_active',
] as const;

/**
 * Writes every card to a CSV (the columns above; dates as the API's epoch milliseconds), page by
 * page in the list's order, without counting the total on each page.
 */
export async function exportCards(
  client: GiftcodeClient,
  options: CardExportOptions,
): Promise<{ rows: number; file: string }> {
  const pageSize = options.pageSize ?? 1000;
  return exportPagesToCsv(options, [...CARD_COLUMNS], pageSize, async (index) => {
    const res = await client.GET('/organization/card', {
      params: { query: { page: index + 1, per_page: pageSize, calculate_count: false } },
    });
    if (!res.data) throw new Error(`listing refused: ${describeError(res.response.status, res.error)}`);
    // without with_groups the list holds cards only
    return res.data.cards.flatMap((c) => ('code' in c ? [CARD_COLUMNS.map((k) => c[k])] : []));
  });
}
