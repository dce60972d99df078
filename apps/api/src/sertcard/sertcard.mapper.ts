import { formatNetDateTime } from '@app/xml';
import { CertificateRow } from './certificate-row';
import { CertificateStatus, NumberFromGoodsSertCard } from './dto/sert-card.dto';

type StatusFields = Pick<CertificateRow, 'refunded' | 'blocked' | 'remain' | 'expired'>;

/** One status, the first that holds of Refunded, Blocked, Used (no balance), Expired, else Active. */
export function certificateStatus(row: StatusFields): CertificateStatus {
  if (row.refunded) return 'Refunded';
  if (row.blocked) return 'Blocked';
  if (Number(row.remain) === 0) return 'Used';
  if (row.expired) return 'Expired';
  return 'Active';
}

/** A certificate can be refunded while unrefunded, unblocked, never paid with and its series allowed it. */
export function isRefundable(
  row: Pick<CertificateRow, 'refunded' | 'blocked' | 'remain' | 'nominal' | 'allow_refund'>,
): boolean {
  return row.allow_refund && !row.refunded && !row.blocked && Number(row.remain) === Number(row.nominal);
}

/** A sale can be refunded while it has unrefunded certificates and all of those are refundable. */
export function isSaleRefundable(rows: CertificateRow[]): boolean {
  const live = rows.filter((r) => !r.refunded);
  return live.length > 0 && live.every(isRefundable);
}

export interface CardOptions {
  timeZone: string;
  saleRefundable: boolean;
  /** false when the certificate was looked up by its number: the number alone never reveals the secret */
  showSecret?: boolean;
}

export function toSertCard(row: CertificateRow, o: CardOptions): NumberFromGoodsSertCard {
  return {
    Number: row.number,
    SecretCode: o.showSecret === false ? null : row.secret_code,
    Nominal: Number(row.nominal),
    Remain: Number(row.remain),
    SertExpDate: formatNetDateTime(row.expires_at, o.timeZone),
    SertCardStatus: certificateStatus(row),
    SertCardStatusPurchase: row.refunded ? 'Refunded' : 'Sold',
    AllowRefund: isRefundable(row),
    AllowRefundPurchase: o.saleRefundable,
    AllowReuse: row.allow_reuse,
  };
}
