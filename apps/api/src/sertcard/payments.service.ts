import { Injectable } from '@nestjs/common';
import { Database, TenantContext } from '@app/data';
import { ThrottleService } from '@app/http';
import { CertificateWithSaleRow } from './certificate-row';
import { CertificatesRepository } from './certificates.repository';
import {
  InfoRequest,
  InfoResponse,
  PayRefundRequest,
  PayRefundResponse,
  PayRequest,
  PayResponse,
} from './dto/payment.dto';
import { NumberFromGoodsSertCard } from './dto/sert-card.dto';
import { CertificateNumberNotFound, InfoKeyMissing, refusals, SertCardRefusal } from './sertcard.errors';
import { toSertCard } from './sertcard.mapper';

const money = (n: number) => n.toFixed(2);

/** Why a certificate cannot pay `amount` now, in the order the error codes are documented. */
export function payRefusal(row: CertificateWithSaleRow, amount: number): SertCardRefusal {
  const remain = Number(row.remain);
  if (row.refunded) return refusals.refunded();
  if (row.blocked) return refusals.blocked();
  if (row.expired) return refusals.expired();
  if (remain === 0) return refusals.used();
  if (amount > remain) return refusals.amountExceedsRemain(remain);
  if (!row.allow_reuse && amount !== remain) return refusals.partialForbidden(remain);
  // payable now: a concurrent change came and went between the statements; report the balance
  return refusals.amountExceedsRemain(remain);
}

/** Info, Pay and PayRefund: certificates looked up and spent one at a time; blocking (admin). */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly db: Database,
    private readonly certificates: CertificatesRepository,
    private readonly throttle: ThrottleService,
  ) {}

  private card(row: CertificateWithSaleRow, showSecret = true): NumberFromGoodsSertCard {
    return toSertCard(row, {
      timeZone: TenantContext.settings().timezone,
      saleRefundable: row.sale_refundable,
      showSecret,
    });
  }

  /** A look-up that finds nothing counts towards the brute-force throttle. */
  private async lookup(by: {
    number?: number | null;
    secret?: string | null;
  }): Promise<CertificateWithSaleRow> {
    await this.throttle.ensureAllowed();
    const row =
      by.secret != null
        ? await this.certificates.findBySecret(by.secret)
        : await this.certificates.findByNumber(by.number!);
    if (!row) {
      await this.throttle.failedLookup();
      throw refusals.certificateNotFound();
    }
    return row;
  }

  async info(dto: InfoRequest): Promise<InfoResponse> {
    if (dto.SecretCode == null && dto.Number == null) throw new InfoKeyMissing();
    const row = await this.lookup({ number: dto.Number, secret: dto.SecretCode });
    if (dto.SecretCode != null && dto.Number != null && row.number !== dto.Number) {
      await this.throttle.failedLookup();
      throw refusals.certificateNotFound();
    }
    return { ErrorCode: 0, Message: null, SertCard: this.card(row, dto.SecretCode != null) };
  }

  /**
   * Debits the certificate once per PosCode + OrderNumber + certificate: the payment row is
   * inserted first (a concurrent identical payment waits on it), then one conditional UPDATE
   * takes the amount off only if the balance and the terms allow it; a refusal rolls both back.
   */
  async pay(dto: PayRequest): Promise<PayResponse> {
    const found = await this.lookup({ secret: dto.SecretCode });
    const amount = money(dto.Amount);
    return this.db.transaction(async () => {
      const paymentId = await this.certificates.insertPayment(
        found.number,
        dto.PosCode,
        dto.OrderNumber,
        amount,
      );
      if (!paymentId) {
        const earlier = (await this.certificates.findPayment(found.number, dto.PosCode, dto.OrderNumber))!;
        if (earlier.amount !== amount) throw refusals.orderPaidWithOtherAmount();
        // a retry after PayRefund would report a payment that no longer takes anything
        if (earlier.refunded) throw refusals.paymentReturned();
      } else if (!(await this.certificates.debit(found.number, amount))) {
        throw payRefusal((await this.certificates.findByNumber(found.number))!, Number(amount));
      }
      const row = (await this.certificates.findByNumber(found.number))!;
      return { ErrorCode: 0, Message: null, Amount: Number(amount), SertCard: this.card(row) };
    });
  }

  /** Gives the order's payments back to their certificates; sent again it changes nothing. */
  async payRefund(dto: PayRefundRequest): Promise<PayRefundResponse> {
    return this.db.transaction(async () => {
      const payments = await this.certificates.orderPayments(
        dto.PosCode,
        dto.OrderNumber,
        dto.SecretCode ?? null,
      );
      if (!payments.length) throw refusals.paymentNotFound();
      const open = payments.filter((p) => !p.refunded).map((p) => p.id);
      if (open.length) await this.certificates.returnPayments(open);
      const numbers = [...new Set(payments.map((p) => p.number))];
      const cards: NumberFromGoodsSertCard[] = [];
      for (const n of numbers) cards.push(this.card((await this.certificates.findByNumber(n))!));
      const total = payments.reduce((sum, p) => sum + Math.round(Number(p.amount) * 100), 0) / 100;
      return { ErrorCode: 0, Message: null, Amount: total, SertCards: cards };
    });
  }

  async setBlocked(number: number, blocked: boolean): Promise<NumberFromGoodsSertCard> {
    if (!(await this.certificates.setBlocked(number, blocked))) throw new CertificateNumberNotFound();
    return this.card((await this.certificates.findByNumber(number))!);
  }
}
