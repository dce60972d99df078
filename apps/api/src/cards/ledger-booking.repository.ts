import { Injectable } from '@nestjs/common';
import { Database, sqlLiteral as lit, TenantRepository } from '@app/data';
import { blockedNow } from './cards.repository';
import { LedgerCard, LOCKED_CARD, SPENDABLE, touchCardSql, TransactionRow, TX_COLUMNS } from './ledger-sql';

/** An accrual (`amount` > 0) or a spend (< 0) of one card, to book. */
export interface Booking {
  id: string;
  amount: number;
  saleAmount: number;
  activeFrom: Date | null;
  activeTo: Date | null;
  externalId: string | null;
  shopId: string | null;
  description: string | null;
}

/** What a booking saw under the card's lock, and what it wrote. */
export interface BookingOutcome {
  /** The card (null: no such card); its master card when it has one. */
  card: LedgerCard | null;
  master: LedgerCard | null;
  /** The card's earlier transaction with the booking's external_id: nothing was written. */
  earlier: TransactionRow | null;
  /** The new transaction; null when a rule refused it (nothing was written). */
  written: TransactionRow | null;
  /** Points spendable on the account before the booking and after it (as the booking saw them). */
  before: number;
  after: number;
}

/**
 * Books accruals and spends of one card in one message to PostgreSQL (`Database.script`): lock
 * the card and its master card, then per booking, in order, a look-up of an earlier transaction
 * with its external_id (when it has one) and one statement that writes only when the rules hold (card and account
 * not blocked, a spending card active, no earlier external_id, enough spendable for a spend): the
 * transaction, its batch (accrual) or the takes from the soonest-burning batches (spend), and the
 * card's touch. Each statement sees the ones before it; one commit ends them all. The locks are
 * held only while PostgreSQL works, never across a round trip to this process.
 */
@Injectable()
export class LedgerBookingRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  async bookAll(cardId: string, bookings: Booking[]): Promise<BookingOutcome[]> {
    const o = lit(this.orgId);
    const c = lit(cardId);
    const locks = `
      SELECT ${LOCKED_CARD} FROM cards WHERE organization_id = ${o} AND id = ${c} FOR UPDATE;
      SELECT ${LOCKED_CARD} FROM cards
        WHERE organization_id = ${o} AND id = (SELECT mastercard_id FROM cards WHERE organization_id = ${o} AND id = ${c})
        FOR UPDATE;`;
    const results = await this.db.script(locks + bookings.map((b) => this.bookingSql(o, c, b)).join(''));
    const [cards, masters] = results;
    let next = 2;
    return bookings.map((b) => {
      // an external_id adds its look-up before the write
      const earlier = b.externalId !== null ? results[next++][0] : undefined;
      const { before, after, ...tx } = results[next++][0] as unknown as {
        before: number;
        after: number;
      } & TransactionRow;
      return {
        card: (cards[0] as unknown as LedgerCard) ?? null,
        master: (masters[0] as unknown as LedgerCard) ?? null,
        earlier: (earlier as unknown as TransactionRow) ?? null,
        written: tx.id ? (tx as TransactionRow) : null,
        before,
        after,
      };
    });
  }

  private bookingSql(o: string, c: string, b: Booking): string {
    const accrual = b.amount > 0;
    const amount = lit(Math.abs(b.amount));
    const external = lit(b.externalId);
    const id = lit(b.id);
    const lookup =
      b.externalId !== null
        ? `SELECT ${TX_COLUMNS} FROM card_transactions WHERE organization_id = ${o} AND card_id = ${c} AND external_id = ${external};`
        : '';
    // what an accrual adds to the spendable points at once (none when it starts later)
    const spendableNow = accrual
      ? `CASE WHEN COALESCE(${lit(b.activeFrom)}, now()) <= now() THEN ${amount} ELSE 0 END`
      : `-${amount}`;
    return `
      ${lookup}
      WITH card AS (
        SELECT COALESCE(mastercard_id, id) AS account, active, ${blockedNow('cards')} AS blocked
        FROM cards WHERE organization_id = ${o} AND id = ${c}
      ), allowed AS (
        SELECT card.account FROM card JOIN cards a ON a.organization_id = ${o} AND a.id = card.account
        WHERE NOT card.blocked AND NOT ${blockedNow('a')}
          AND (${accrual} OR card.active)
          AND NOT EXISTS (SELECT 1 FROM card_transactions
                          WHERE organization_id = ${o} AND card_id = ${c} AND external_id = ${external})
      ), spendable AS (
        SELECT id, remaining,
               sum(remaining) OVER (ORDER BY active_to ASC NULLS LAST, active_from, created_at, id) AS running
        FROM point_batches
        WHERE organization_id = ${o} AND account_id = (SELECT account FROM allowed) AND ${SPENDABLE}
      ), total AS (
        SELECT COALESCE(sum(remaining), 0) AS available FROM spendable
      ), go AS (
        SELECT allowed.account FROM allowed, total WHERE ${accrual} OR total.available >= ${amount}
      ), tx AS (
        INSERT INTO card_transactions (organization_id, id, card_id, account_id, kind, amount, sale_amount,
          active_from, active_to, external_id, shop_id, description)
        SELECT ${o}, ${id}, ${c}, go.account, ${lit(accrual ? 'accrual' : 'spend')}, ${lit(b.amount)}, ${lit(b.saleAmount)},
               ${accrual ? `COALESCE(${lit(b.activeFrom)}, now())` : 'NULL::timestamptz'}, ${lit(b.activeTo)},
               ${external}, ${lit(b.shopId)}, ${lit(b.description)}
        FROM go
        RETURNING ${TX_COLUMNS}
      ), batch AS (
        INSERT INTO point_batches (organization_id, account_id, transaction_id, amount, remaining, active_from, active_to, created_at)
        SELECT ${o}, account_id, id, amount, amount, active_from, active_to, created_at FROM tx WHERE ${accrual}
      ), take AS (
        SELECT s.id, LEAST(s.remaining, ${amount} - (s.running - s.remaining)) AS amount
        FROM spendable s, go WHERE NOT ${accrual} AND s.running - s.remaining < ${amount}
      ), taken AS (
        UPDATE point_batches b SET remaining = b.remaining - take.amount FROM take
        WHERE b.organization_id = ${o} AND b.id = take.id RETURNING b.id, take.amount
      ), recorded AS (
        INSERT INTO batch_spends (organization_id, transaction_id, batch_id, amount)
        SELECT ${o}, ${id}, id, amount FROM taken
      ), touched AS (
        ${touchCardSql(o, c, id, lit(b.saleAmount))} AND EXISTS (SELECT 1 FROM go)
      )
      SELECT total.available::float8 AS before,
             (total.available + CASE WHEN tx.id IS NULL THEN 0 ELSE ${spendableNow} END)::float8 AS after, tx.*
      FROM total LEFT JOIN tx ON true;`;
  }
}
