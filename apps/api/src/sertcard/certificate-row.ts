/** A certificate as the repositories read it (numeric columns as PostgreSQL's text). */
export interface CertificateRow {
  number: number;
  secret_code: string;
  sale_id: string;
  item_code: string;
  nominal: string;
  remain: string;
  expires_at: Date;
  allow_refund: boolean;
  allow_reuse: boolean;
  blocked: boolean;
  refunded: boolean;
  expired: boolean;
}

/** A single certificate read with whether its whole sale can still be refunded. */
export interface CertificateWithSaleRow extends CertificateRow {
  sale_refundable: boolean;
}

export const CERTIFICATE_COLUMNS = `c.number, c.secret_code, c.sale_id, c.item_code, c.nominal, c.remain, c.expires_at,
  c.allow_refund, c.allow_reuse, c.blocked, c.refunded_at IS NOT NULL AS refunded, c.expires_at <= now() AS expired`;

/** The sale can be refunded: it has unrefunded certificates and every one of them is refundable. */
export const SALE_REFUNDABLE_COLUMN = `(SELECT count(*) FILTER (WHERE o.refunded_at IS NULL) > 0
    AND coalesce(bool_and(o.allow_refund AND NOT o.blocked AND o.remain = o.nominal) FILTER (WHERE o.refunded_at IS NULL), false)
  FROM sertcard_certificates o WHERE o.sale_id = c.sale_id) AS sale_refundable`;
