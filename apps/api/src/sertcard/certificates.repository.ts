import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';
import {
  CERTIFICATE_COLUMNS,
  CertificateRow,
  CertificateWithSaleRow,
  SALE_REFUNDABLE_COLUMN,
} from './certificate-row';

export interface PaymentRow {
  id: string;
  number: number;
  amount: string;
  refunded: boolean;
}

const SINGLE = `SELECT ${CERTIFICATE_COLUMNS}, ${SALE_REFUNDABLE_COLUMN} FROM sertcard_certificates c`;

/** Certificates looked up one by one, their payments and their block state. */
@Injectable()
export class CertificatesRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  async findByNumber(number: number): Promise<CertificateWithSaleRow | null> {
    const rows = await this.query<CertificateWithSaleRow>(
      `${SINGLE} WHERE c.organization_id = $1 AND c.number = $2`,
      [this.orgId, number],
    );
    return rows[0] ?? null;
  }

  async findBySecret(secret: string): Promise<CertificateWithSaleRow | null> {
    const rows = await this.query<CertificateWithSaleRow>(
      `${SINGLE} WHERE c.organization_id = $1 AND c.secret_code = $2`,
      [this.orgId, secret],
    );
    return rows[0] ?? null;
  }

  async findByNumbers(numbers: number[]): Promise<CertificateRow[]> {
    return this.query(
      `SELECT ${CERTIFICATE_COLUMNS} FROM sertcard_certificates c
       WHERE c.organization_id = $1 AND c.number = ANY($2::int[]) ORDER BY c.number`,
      [this.orgId, numbers],
    );
  }

  /**
   * Takes `amount` off the balance if, and only if, the certificate can pay it now: one statement
   * whose condition PostgreSQL re-checks after waiting for a concurrent payment's row lock, so
   * concurrent payments never take the balance below zero.
   */
  async debit(number: number, amount: string): Promise<boolean> {
    const rows = await this.query(
      `UPDATE sertcard_certificates SET remain = remain - $3::numeric
       WHERE organization_id = $1 AND number = $2 AND refunded_at IS NULL AND NOT blocked AND expires_at > now()
         AND remain >= $3::numeric AND (allow_reuse OR remain = $3::numeric)
       RETURNING number`,
      [this.orgId, number, amount],
    );
    return rows.length === 1;
  }

  /** Records a payment unless this order already paid with this certificate (null then). */
  async insertPayment(
    number: number,
    posCode: string,
    orderNumber: string,
    amount: string,
  ): Promise<string | null> {
    const rows = await this.query<{ id: string }>(
      `INSERT INTO sertcard_payments (organization_id, number, pos_code, order_number, amount)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, pos_code, order_number, number) DO NOTHING RETURNING id`,
      [this.orgId, number, posCode, orderNumber, amount],
    );
    return rows[0]?.id ?? null;
  }

  async findPayment(number: number, posCode: string, orderNumber: string): Promise<PaymentRow | null> {
    const rows = await this.query<PaymentRow>(
      `SELECT id, number, amount, refunded_at IS NOT NULL AS refunded FROM sertcard_payments
       WHERE organization_id = $1 AND number = $2 AND pos_code = $3 AND order_number = $4`,
      [this.orgId, number, posCode, orderNumber],
    );
    return rows[0] ?? null;
  }

  /** The payments of an order (optionally only the one of a certificate), locked. */
  async orderPayments(posCode: string, orderNumber: string, secret: string | null): Promise<PaymentRow[]> {
    return this.query(
      `SELECT p.id, p.number, p.amount, p.refunded_at IS NOT NULL AS refunded
       FROM sertcard_payments p JOIN sertcard_certificates c ON c.organization_id = p.organization_id AND c.number = p.number
       WHERE p.organization_id = $1 AND p.pos_code = $2 AND p.order_number = $3 AND ($4::text IS NULL OR c.secret_code = $4)
       ORDER BY p.number
       FOR UPDATE OF p`,
      [this.orgId, posCode, orderNumber, secret],
    );
  }

  /** Marks the payments returned and gives their amounts back to the certificates. */
  async returnPayments(ids: string[]): Promise<void> {
    // lock the certificates in number order first, so concurrent returns cannot deadlock
    await this.query(
      `SELECT c.number FROM sertcard_certificates c
       WHERE c.organization_id = $1 AND c.number IN (SELECT number FROM sertcard_payments WHERE id = ANY($2::bigint[]))
       ORDER BY c.number FOR UPDATE`,
      [this.orgId, ids],
    );
    await this.query(
      `WITH returned AS (
         UPDATE sertcard_payments SET refunded_at = now()
         WHERE organization_id = $1 AND id = ANY($2::bigint[]) AND refunded_at IS NULL
         RETURNING number, amount
       ), totals AS (SELECT number, sum(amount) AS amount FROM returned GROUP BY number)
       UPDATE sertcard_certificates c SET remain = c.remain + t.amount
       FROM totals t WHERE c.organization_id = $1 AND c.number = t.number`,
      [this.orgId, ids],
    );
  }

  async setBlocked(number: number, blocked: boolean): Promise<boolean> {
    const rows = await this.query(
      `UPDATE sertcard_certificates SET blocked = $3 WHERE organization_id = $1 AND number = $2 RETURNING number`,
      [this.orgId, number, blocked],
    );
    return rows.length === 1;
  }
}
