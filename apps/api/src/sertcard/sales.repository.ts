import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';
import { CERTIFICATE_COLUMNS, CertificateRow } from './certificate-row';

export interface SaleRow {
  id: string;
  series_id: number;
  fingerprint: string;
}

export interface NewSale {
  seriesId: number;
  posCode: string;
  orderNumber: string;
  fingerprint: string;
  chequeId: number | null;
  client: number | null;
  clientIShop: number | null;
  email: string | null;
  phone: number | null;
  siteCode: string | null;
}

export interface NewCertificate {
  itemCode: string;
  nominal: string;
  secret: string;
}

export interface IssueTerms {
  seriesId: number;
  validityDays: number;
  allowRefund: boolean;
  allowReuse: boolean;
}

/** Sales (NumberFromGoods receipts), the certificates they issued and their refunds. */
@Injectable()
export class SalesRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /**
   * Records the sale unless this PosCode + OrderNumber has one: null then. A concurrent insert of
   * the same order waits here until the first commits (or rolls back), so only one issues.
   */
  async insertSale(s: NewSale): Promise<string | null> {
    const rows = await this.query<{ id: string }>(
      `INSERT INTO sertcard_sales (organization_id, series_id, pos_code, order_number, fingerprint, cheque_id, client,
         client_ishop, email, phone, site_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (organization_id, pos_code, order_number) DO NOTHING RETURNING id`,
      [
        this.orgId,
        s.seriesId,
        s.posCode,
        s.orderNumber,
        s.fingerprint,
        s.chequeId,
        s.client,
        s.clientIShop,
        s.email,
        s.phone,
        s.siteCode,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async findSale(posCode: string, orderNumber: string, lock = false): Promise<SaleRow | null> {
    const rows = await this.query<SaleRow>(
      `SELECT id, series_id, fingerprint FROM sertcard_sales
       WHERE organization_id = $1 AND pos_code = $2 AND order_number = $3${lock ? ' FOR UPDATE' : ''}`,
      [this.orgId, posCode, orderNumber],
    );
    return rows[0] ?? null;
  }

  /**
   * One set-based INSERT of a batch; numbers come from the sequence in the batch's order. Secrets
   * the organization already has are skipped (ON CONFLICT DO NOTHING): only the stored rows return.
   */
  async insertCertificates(
    saleId: string,
    terms: IssueTerms,
    items: NewCertificate[],
  ): Promise<CertificateRow[]> {
    return this.query<CertificateRow>(
      `INSERT INTO sertcard_certificates AS c (organization_id, sale_id, series_id, item_code, secret_code, nominal,
         remain, expires_at, allow_refund, allow_reuse)
       SELECT $1, $2, $3, u.item_code, u.secret, u.nominal, u.nominal, now() + make_interval(days => $4),
         $5, $6
       FROM unnest($7::text[], $8::text[], $9::numeric[]) WITH ORDINALITY AS u(item_code, secret, nominal, ord)
       ORDER BY u.ord
       ON CONFLICT (organization_id, secret_code) DO NOTHING
       RETURNING ${CERTIFICATE_COLUMNS}`,
      [
        this.orgId,
        saleId,
        terms.seriesId,
        terms.validityDays,
        terms.allowRefund,
        terms.allowReuse,
        items.map((i) => i.itemCode),
        items.map((i) => i.secret),
        items.map((i) => i.nominal),
      ],
    );
  }

  async saleCertificates(saleId: string, lock = false): Promise<CertificateRow[]> {
    return this.query(
      `SELECT ${CERTIFICATE_COLUMNS} FROM sertcard_certificates c
       WHERE c.organization_id = $1 AND c.sale_id = $2 ORDER BY c.number${lock ? ' FOR UPDATE' : ''}`,
      [this.orgId, saleId],
    );
  }

  async findRefund(saleId: string, fingerprint: string): Promise<number[] | null> {
    const rows = await this.query<{ numbers: number[] }>(
      `SELECT numbers FROM sertcard_refunds WHERE organization_id = $1 AND sale_id = $2 AND fingerprint = $3`,
      [this.orgId, saleId, fingerprint],
    );
    return rows[0]?.numbers ?? null;
  }

  async insertRefund(saleId: string, fingerprint: string, numbers: number[]): Promise<void> {
    await this.query(
      `INSERT INTO sertcard_refunds (organization_id, sale_id, fingerprint, numbers) VALUES ($1, $2, $3, $4)`,
      [this.orgId, saleId, fingerprint, numbers],
    );
  }

  async markRefunded(numbers: number[]): Promise<void> {
    await this.query(
      `UPDATE sertcard_certificates SET refunded_at = now()
       WHERE organization_id = $1 AND number = ANY($2::int[]) AND refunded_at IS NULL`,
      [this.orgId, numbers],
    );
  }
}
