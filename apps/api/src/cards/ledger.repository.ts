import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';
import {
  BatchRow,
  LedgerCard,
  LOCKED_CARD,
  NewTransaction,
  SPENDABLE,
  touchCardSql,
  TransactionRow,
  TX_COLUMNS,
} from './ledger-sql';

/**
 * The bonus ledger of the current organization: transactions and the dated point batches of each
 * account (the card points are booked on). Callers lock the account's card row first, so
 * the statements of one account never interleave.
 */
@Injectable()
export class LedgerRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /** Locks a card row until the transaction ends and answers what the ledger rules need. */
  async lockCard(id: string): Promise<LedgerCard | null> {
    const rows = await this.query<LedgerCard>(
      `SELECT ${LOCKED_CARD} FROM cards WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [this.orgId, id],
    );
    return rows[0] ?? null;
  }

  async cardExists(id: string): Promise<boolean> {
    const rows = await this.query(`SELECT 1 FROM cards WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
    ]);
    return rows.length === 1;
  }

  async insertTransaction(t: NewTransaction): Promise<TransactionRow> {
    const [row] = await this.query<TransactionRow>(
      `INSERT INTO card_transactions (organization_id, id, card_id, account_id, kind, amount, sale_amount,
         active_from, active_to, external_id, shop_id, description, cancels)
       VALUES ($1, $2, $3, $4, $5, $6, $7,
               CASE WHEN $5::text IN ('opening', 'accrual') THEN COALESCE($8::timestamptz, now()) ELSE $8::timestamptz END,
               $9, $10, $11, $12, $13)
       RETURNING ${TX_COLUMNS}`,
      [
        this.orgId,
        t.id,
        t.cardId,
        t.accountId,
        t.kind,
        t.amount,
        t.saleAmount,
        t.activeFrom ?? null,
        t.activeTo ?? null,
        t.externalId ?? null,
        t.shopId ?? null,
        t.description ?? null,
        t.cancels ?? null,
      ],
    );
    return row;
  }

  async insertBatch(accountId: string, tx: TransactionRow): Promise<void> {
    await this.query(
      `INSERT INTO point_batches (organization_id, account_id, transaction_id, amount, remaining, active_from, active_to, created_at)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
      [this.orgId, accountId, tx.id, tx.amount, tx.active_from, tx.active_to, tx.created_at],
    );
  }

  /** Points the account can spend now. */
  async available(accountId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT COALESCE(sum(remaining), 0)::float8 AS n FROM point_batches
       WHERE organization_id = $1 AND account_id = $2 AND ${SPENDABLE}`,
      [this.orgId, accountId],
    );
    return row.n;
  }

  /** Sets the card's last transaction; a sale adds to its turnover and dates its first and last sale. */
  async touchCard(cardId: string, transactionId: string, saleAmount: number): Promise<void> {
    await this.query(touchCardSql('$1', '$2', '$3', '$4'), [this.orgId, cardId, transactionId, saleAmount]);
  }

  /**
   * A transaction made with the card, booked on its account, or made with a card it replaced (whose
   * points went to a master card, so they did not move with the account).
   */
  async findTransaction(cardId: string, transactionId: string): Promise<TransactionRow | null> {
    const rows = await this.query<TransactionRow>(
      `SELECT ${TX_COLUMNS} FROM card_transactions
       WHERE organization_id = $1 AND id = $3
         AND (card_id = $2 OR account_id = $2
              OR card_id IN (SELECT id FROM cards WHERE organization_id = $1 AND new_card_id = $2))`,
      [this.orgId, cardId, transactionId],
    );
    return rows[0] ?? null;
  }

  async batchOf(transactionId: string): Promise<BatchRow | null> {
    const rows = await this.query<BatchRow>(
      `SELECT id, amount::float8 AS amount, remaining::float8 AS remaining, active_from, active_to, created_at
       FROM point_batches WHERE organization_id = $1 AND transaction_id = $2`,
      [this.orgId, transactionId],
    );
    return rows[0] ?? null;
  }

  async voidBatch(batchId: string): Promise<void> {
    await this.query(`UPDATE point_batches SET remaining = 0 WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      batchId,
    ]);
  }

  /** Gives a spend's points back to the batches it took them from. */
  async restoreSpend(transactionId: string): Promise<void> {
    await this.query(
      `UPDATE point_batches b SET remaining = b.remaining + s.amount
       FROM batch_spends s
       WHERE s.organization_id = $1 AND s.transaction_id = $2 AND b.organization_id = $1 AND b.id = s.batch_id`,
      [this.orgId, transactionId],
    );
  }

  async markCancelled(transactionId: string): Promise<void> {
    await this.query(
      `UPDATE card_transactions SET cancelled_at = now() WHERE organization_id = $1 AND id = $2`,
      [this.orgId, transactionId],
    );
  }

  /** Transactions made with the card or booked on its account, newest first. */
  async list(cardId: string, offset: number, limit: number): Promise<TransactionRow[]> {
    return this.query<TransactionRow>(
      `SELECT ${TX_COLUMNS} FROM card_transactions
       WHERE organization_id = $1 AND (card_id = $2 OR account_id = $2)
       ORDER BY seq DESC OFFSET $3 LIMIT $4`,
      [this.orgId, cardId, offset, limit],
    );
  }

  async count(cardId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM card_transactions WHERE organization_id = $1 AND (card_id = $2 OR account_id = $2)`,
      [this.orgId, cardId],
    );
    return row.n;
  }

  /** Whether any transaction was made with the card or booked on it. */
  async hasTransactions(cardId: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM card_transactions WHERE organization_id = $1 AND (card_id = $2 OR account_id = $2) LIMIT 1`,
      [this.orgId, cardId],
    );
    return rows.length > 0;
  }

  /** Whether the card's own account holds points, spendable or pending (not burnt). */
  async hasPoints(cardId: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM point_batches WHERE organization_id = $1 AND account_id = $2
         AND remaining > 0 AND (active_to IS NULL OR active_to > now()) LIMIT 1`,
      [this.orgId, cardId],
    );
    return rows.length > 0;
  }

  /** balance_info: all points accrued (burning not deducted), spendable now, last transactions, open batches. */
  async balanceInfo(accountId: string, last: number) {
    const [sums] = await this.query<{ balance: number; available: number }>(
      `SELECT
         (SELECT COALESCE(sum(amount), 0)::float8 FROM card_transactions
          WHERE organization_id = $1 AND account_id = $2 AND kind IN ('opening', 'accrual') AND cancelled_at IS NULL) AS balance,
         (SELECT COALESCE(sum(remaining), 0)::float8 FROM point_batches
          WHERE organization_id = $1 AND account_id = $2 AND ${SPENDABLE}) AS available`,
      [this.orgId, accountId],
    );
    const lastTransactions =
      last > 0
        ? await this.query<{ created_at: Date; amount: number }>(
            `SELECT created_at, amount::float8 AS amount FROM card_transactions
             WHERE organization_id = $1 AND account_id = $2 ORDER BY seq DESC LIMIT $3`,
            [this.orgId, accountId, last],
          )
        : [];
    const open = await this.query<BatchRow>(
      `SELECT id, amount::float8 AS amount, remaining::float8 AS remaining, active_from, active_to, created_at
       FROM point_batches
       WHERE organization_id = $1 AND account_id = $2 AND remaining > 0
         AND (active_from > now() OR (active_to IS NOT NULL AND active_to > now()))
       ORDER BY created_at, id`,
      [this.orgId, accountId],
    );
    return { balance: sums.balance, available: sums.available, lastTransactions, open };
  }

  /**
   * Replacement: the whole account moves to another card: every batch (open, spent or burnt, so
   * cancelling an old spend still finds the batches it took from) and every transaction booked on
   * it. The transactions keep the card they were made with; deleting that card later leaves them.
   */
  async moveAccount(fromAccount: string, toAccount: string): Promise<void> {
    await this.query(
      `WITH batches AS (
         UPDATE point_batches SET account_id = $3 WHERE organization_id = $1 AND account_id = $2 RETURNING 1
       )
       UPDATE card_transactions SET account_id = $3 WHERE organization_id = $1 AND account_id = $2`,
      [this.orgId, fromAccount, toAccount],
    );
  }

  /** The card that holds a card's turnover now: itself, or the last card of its replacement chain. */
  async successor(cardId: string): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `WITH RECURSIVE chain AS (
         SELECT id, new_card_id, 0 AS depth FROM cards WHERE organization_id = $1 AND id = $2
         UNION ALL
         SELECT c.id, c.new_card_id, chain.depth + 1 FROM cards c JOIN chain ON c.id = chain.new_card_id
         WHERE c.organization_id = $1 AND chain.depth < 100
       )
       SELECT id FROM chain ORDER BY depth DESC LIMIT 1`,
      [this.orgId, cardId],
    );
    return row?.id ?? cardId;
  }
}
