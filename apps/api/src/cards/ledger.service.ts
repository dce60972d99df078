import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database, KeyedBatcher, TenantContext } from '@app/data';
import { Conflict, isDatabaseUnavailable, ValidationFailed } from '@app/http';
import { epoch, instant, pageOf, paginationOf, PaginationDto } from '../card-api';
import {
  CardBlocked,
  CardInactive,
  CardNotFound,
  ExternalIdReused,
  InsufficientPoints,
  PointsAlreadySpent,
  TransactionCancelled,
  TransactionNotFound,
} from './cards.errors';
import {
  BalanceInfoAnswerDto,
  CreateTransactionDto,
  ListTransactionsQueryDto,
  TransactionDto,
} from './dto/ledger.dto';
import { Booking, BookingOutcome, LedgerBookingRepository } from './ledger-booking.repository';
import { TransactionRow } from './ledger-sql';
import { LedgerRepository } from './ledger.repository';

/** Whether PostgreSQL itself refused a statement (an error with an SQLSTATE). */
function isSqlState(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

/** balance_info answers at most this many last transactions. */
export const MAX_LAST_TRANSACTIONS = 100;

export function toTransactionDto(t: TransactionRow): TransactionDto {
  return {
    id: t.id,
    card_id: t.card_id ?? '',
    account_id: t.account_id,
    kind: t.kind,
    date: epoch(t.created_at),
    sum: Number(t.amount),
    sale_amount: Number(t.sale_amount),
    active_from: epoch(t.active_from),
    active_to: epoch(t.active_to),
    external_id: t.external_id ?? '',
    shop_id: t.shop_id ?? '',
    description: t.description ?? '',
    cancelled: t.cancelled_at !== null,
    date_cancelled: epoch(t.cancelled_at),
    cancels: t.cancels ?? '',
  };
}

function bad(field: string, reason: string): ValidationFailed {
  return new ValidationFailed(`${field} ${reason}`, [{ field, reason }]);
}

/** Whether a retry with an external_id asks for the same transaction as the stored one. */
function sameRequest(stored: TransactionRow, dto: CreateTransactionDto): boolean {
  return (
    Number(stored.amount) === dto.sum &&
    Number(stored.sale_amount) === (dto.sale_amount ?? 0) &&
    (!dto.active_from || epoch(stored.active_from) === dto.active_from) &&
    epoch(stored.active_to) === (dto.active_to ?? 0)
  );
}

/**
 * The bonus ledger (seed 003): points are kept as dated batches on an account (the card's master
 * card, else the card). A transaction locks the card's row (and then its master card's), so the
 * transactions of one account run one after another: a spend never takes more than is
 * spendable, however many arrive at once. Accruals and spends are booked in one message to
 * PostgreSQL, several of one card together when they queue up (`LedgerBookingRepository`); the
 * rules are read back from what it saw under the lock.
 */
@Injectable()
export class LedgerService {
  /** This process's bookings of one card, a batch at a time (see KeyedBatcher). */
  private readonly bookings = new KeyedBatcher<{ cardId: string } & Booking, BookingOutcome | Error>(
    (_key, items) => this.bookBatch(items),
  );

  constructor(
    private readonly db: Database,
    private readonly repo: LedgerRepository,
    private readonly booking: LedgerBookingRepository,
  ) {}

  /**
   * One message for the batch; should PostgreSQL refuse it as a whole (it should not: the rules
   * refuse without errors), each booking is tried alone so one cannot fail the others.
   */
  private async bookBatch(items: ({ cardId: string } & Booking)[]): Promise<(BookingOutcome | Error)[]> {
    const cardId = items[0].cardId;
    try {
      return await this.booking.bookAll(cardId, items);
    } catch (e) {
      // only a statement PostgreSQL refused is worth trying alone; when the database is away (or
      // the connection broke, perhaps after the commit) every booking of the batch gets the error
      if (items.length === 1 || isDatabaseUnavailable(e) || !isSqlState(e)) throw e;
      const outcomes: (BookingOutcome | Error)[] = [];
      for (const item of items) {
        try {
          outcomes.push((await this.booking.bookAll(cardId, [item]))[0]);
        } catch (error) {
          outcomes.push(error as Error);
        }
      }
      return outcomes;
    }
  }

  async transact(
    cardId: string,
    dto: CreateTransactionDto,
  ): Promise<{ transaction: TransactionDto; balance_available: number; replayed: boolean }> {
    const accrual = dto.sum > 0;
    const activeFrom = instant(dto.active_from);
    const activeTo = instant(dto.active_to);
    if (!accrual && (activeFrom || activeTo)) throw bad('active_from', 'and active_to are for accruals only');
    if (activeTo && activeTo.getTime() <= Math.max(Date.now(), activeFrom?.getTime() ?? 0))
      throw bad('active_to', 'must be after now and after active_from');

    const outcome = await this.bookings.submit(`${TenantContext.organizationId()}:${cardId}`, {
      cardId,
      id: randomUUID(),
      amount: dto.sum,
      saleAmount: dto.sale_amount ?? 0,
      activeFrom,
      activeTo,
      externalId: dto.external_id ?? null,
      shopId: dto.shop_id ?? null,
      description: dto.description ?? null,
    });
    if (outcome instanceof Error) throw outcome;
    const { card, master, earlier, written } = outcome;
    if (!card || (card.mastercard_id && !master)) throw new CardNotFound();
    if (earlier) {
      if (!sameRequest(earlier, dto)) throw new ExternalIdReused(dto.external_id!);
      return {
        transaction: toTransactionDto(earlier),
        balance_available: await this.repo.available(earlier.account_id),
        replayed: true,
      };
    }
    if (card.blocked) throw new CardBlocked();
    if (master?.blocked) throw new CardBlocked(true);
    if (!accrual && !card.active) throw new CardInactive();
    if (!written) throw new InsufficientPoints(outcome.before, -dto.sum);
    return { transaction: toTransactionDto(written), balance_available: outcome.after, replayed: false };
  }

  /** Books a new card's opening balance (joins the caller's transaction). */
  async open(cardId: string, accountId: string, points: number): Promise<void> {
    const tx = await this.repo.insertTransaction({
      id: randomUUID(),
      cardId,
      accountId,
      kind: 'opening',
      amount: points,
      saleAmount: 0,
    });
    await this.repo.insertBatch(accountId, tx);
  }

  /**
   * Reverses a transaction (a return) with a cancel transaction: an accrual's batch is voided
   * (refused once any of it was spent), a spend's points go back to the batches it took them
   * from; the sale is taken off the turnover.
   */
  async cancel(
    cardId: string,
    transactionId: string,
  ): Promise<{ transaction: TransactionDto; balance_available: number }> {
    return this.db.transaction(async () => {
      if (!(await this.repo.cardExists(cardId))) throw new CardNotFound();
      const tx = await this.lockTransaction(cardId, transactionId);
      if (tx.kind === 'cancel') throw new TransactionCancelled('a cancellation cannot be cancelled');
      if (tx.cancelled_at) throw new TransactionCancelled();
      if (tx.kind === 'spend') {
        await this.repo.restoreSpend(tx.id);
      } else {
        const batch = await this.repo.batchOf(tx.id);
        if (batch && batch.remaining < batch.amount) throw new PointsAlreadySpent();
        if (batch) await this.repo.voidBatch(batch.id);
      }
      await this.repo.markCancelled(tx.id);
      const reversal = await this.repo.insertTransaction({
        id: randomUUID(),
        cardId: tx.card_id ?? cardId,
        accountId: tx.account_id,
        kind: 'cancel',
        amount: -Number(tx.amount),
        saleAmount: -Number(tx.sale_amount),
        cancels: tx.id,
      });
      // the sale comes off the turnover of the card that holds it now (a replaced card's successor)
      await this.repo.touchCard(tx.holder, reversal.id, -Number(tx.sale_amount));
      return {
        transaction: toTransactionDto(reversal),
        balance_available: await this.repo.available(tx.account_id),
      };
    });
  }

  /**
   * Finds a transaction and locks, in the order bookings lock them, the card that holds its
   * turnover now (the card it was made with, or that card's successor after a replacement) and
   * the account it is booked on; read again under the locks, as a replacement may have moved it.
   */
  private async lockTransaction(
    cardId: string,
    transactionId: string,
  ): Promise<TransactionRow & { holder: string }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const found = await this.repo.findTransaction(cardId, transactionId);
      if (!found) throw new TransactionNotFound();
      const holder = await this.repo.successor(found.card_id ?? cardId);
      if (holder !== found.account_id) await this.repo.lockCard(holder);
      await this.repo.lockCard(found.account_id);
      const tx = (await this.repo.findTransaction(cardId, transactionId))!;
      if (tx.account_id === found.account_id) return { ...tx, holder };
    }
    throw new Conflict('the transaction moved while it was being cancelled; retry', 'concurrent_update');
  }

  async list(
    cardId: string,
    q: ListTransactionsQueryDto,
  ): Promise<{ transactions: TransactionDto[]; pagination: PaginationDto }> {
    const page = pageOf(q);
    const rows = await this.repo.list(cardId, page.offset, page.perPage);
    const total = page.count ? await this.repo.count(cardId) : null;
    return { transactions: rows.map(toTransactionDto), pagination: paginationOf(page, total) };
  }

  /** The seed's balance_info of the account the card books on. */
  async balanceInfo(
    accountId: string,
    last: number | undefined,
  ): Promise<Omit<BalanceInfoAnswerDto, 'code' | 'message'>> {
    const n = Math.min(last ?? MAX_LAST_TRANSACTIONS, MAX_LAST_TRANSACTIONS);
    const info = await this.repo.balanceInfo(accountId, n);
    return {
      balance: info.balance,
      balance_available: info.available,
      last_transactions: info.lastTransactions.map((t) => ({
        date: epoch(t.created_at),
        sum: Number(t.amount),
      })),
      bonusactive: info.open.map((b) => ({
        date: epoch(b.created_at),
        sum: Number(b.remaining),
        active_from: epoch(b.active_from),
        active_to: epoch(b.active_to),
      })),
    };
  }

  hasTransactions(cardId: string): Promise<boolean> {
    return this.repo.hasTransactions(cardId);
  }

  hasPoints(cardId: string): Promise<boolean> {
    return this.repo.hasPoints(cardId);
  }

  moveAccount(fromAccount: string, toAccount: string): Promise<void> {
    return this.repo.moveAccount(fromAccount, toAccount);
  }
}
