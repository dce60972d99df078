import { blockedNow } from './cards.repository';

/** Row shapes and SQL pieces the ledger's repositories share. */

export type TransactionKind = 'opening' | 'accrual' | 'spend' | 'cancel';

export interface TransactionRow {
  id: string;
  card_id: string | null;
  account_id: string;
  kind: TransactionKind;
  amount: number;
  sale_amount: number;
  active_from: Date | null;
  active_to: Date | null;
  external_id: string | null;
  shop_id: string | null;
  description: string | null;
  cancels: string | null;
  cancelled_at: Date | null;
  created_at: Date;
}

export interface NewTransaction {
  id: string;
  cardId: string;
  accountId: string;
  kind: TransactionKind;
  amount: number;
  saleAmount: number;
  activeFrom?: Date | null;
  activeTo?: Date | null;
  externalId?: string | null;
  shopId?: string | null;
  description?: string | null;
  cancels?: string | null;
}

/** What the ledger needs of a card, read under its row lock. */
export interface LedgerCard {
  id: string;
  mastercard_id: string | null;
  active: boolean;
  blocked: boolean;
}

export interface BatchRow {
  id: string;
  amount: number;
  remaining: number;
  active_from: Date;
  active_to: Date | null;
  created_at: Date;
}

export const TX_COLUMNS = `id, card_id, account_id, kind, amount::float8 AS amount, sale_amount::float8 AS sale_amount,
  active_from, active_to, external_id, shop_id, description, cancels, cancelled_at, created_at`;

/**
 * Sets a card's last transaction; a sale adds to its turnover and dates its first and last sale.
 * Each argument is SQL: a placeholder (`$2`) or a literal.
 */
export function touchCardSql(org: string, card: string, transaction: string, sale: string): string {
  return `UPDATE cards SET date_last_transaction = now(), last_transaction = ${transaction},
      accum_sale_amount = GREATEST(0, accum_sale_amount + ${sale}::numeric),
      date_last_activity = CASE WHEN ${sale}::numeric > 0 THEN now() ELSE date_last_activity END,
      date_first_check = CASE WHEN ${sale}::numeric > 0 THEN COALESCE(date_first_check, now()) ELSE date_first_check END
    WHERE organization_id = ${org} AND id = ${card}`;
}

/** A batch counts now: active, not burnt, something left. */
export const SPENDABLE = `remaining > 0 AND active_from <= now() AND (active_to IS NULL OR active_to > now())`;

/** What the ledger rules need of a card row, `blocked` meaning blocked now. */
export const LOCKED_CARD = `id, mastercard_id, active, ${blockedNow('cards')} AS blocked`;
