import { Conflict, DomainError, NotFound, ValidationFailed } from '@app/http';

/**
 * Business refusals of the SertCard routes: answered with HTTP 200 and a non-zero `ErrorCode`, as
 * the original does. Failures of the request itself carry their HTTP status as the `ErrorCode`
 * (400, 401, 404, 409, 413, 415, 422, 429, 500, 503). The table is in docs/sertcard.md.
 */
export const ErrorCode = {
  Ok: 0,
  UnknownSeries: 1,
  NoSeriesGoods: 2,
  OrderIssuedWithOtherGoods: 3,
  UnknownOrder: 4,
  RefundOfSpentCertificate: 5,
  RefundForbidden: 6,
  RefundExceedsSale: 7,
  RefundOfBlockedCertificate: 8,
  CertificateNotFound: 10,
  CertificateExpired: 11,
  CertificateBlocked: 12,
  CertificateRefunded: 13,
  CertificateUsed: 14,
  AmountExceedsRemain: 15,
  PartialPaymentForbidden: 16,
  OrderPaidWithOtherAmount: 17,
  PaymentNotFound: 18,
  PaymentReturned: 19,
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A business refusal: HTTP 200 with this ErrorCode on the SertCard routes. */
export class SertCardRefusal extends DomainError {
  constructor(
    readonly errorCode: ErrorCodeValue,
    code: string,
    message: string,
  ) {
    super('unprocessable', code, message, undefined, { errorCode });
  }
}

export const refusals = {
  unknownSeries: (id: number) =>
    new SertCardRefusal(ErrorCode.UnknownSeries, 'unknown_series', `there is no series ${id}`),
  noSeriesGoods: (id: number) =>
    new SertCardRefusal(
      ErrorCode.NoSeriesGoods,
      'no_series_goods',
      `no goods line of the receipt is a certificate of series ${id}`,
    ),
  orderIssuedWithOtherGoods: () =>
    new SertCardRefusal(
      ErrorCode.OrderIssuedWithOtherGoods,
      'order_issued_with_other_goods',
      'this PosCode and OrderNumber issued certificates for another receipt (other series or goods)',
    ),
  unknownOrder: () =>
    new SertCardRefusal(
      ErrorCode.UnknownOrder,
      'unknown_order',
      'no certificates were issued for this PosCode and OrderNumber',
    ),
  refundOfSpent: (numbers: number[]) =>
    new SertCardRefusal(
      ErrorCode.RefundOfSpentCertificate,
      'refund_of_spent_certificate',
      `certificates already paid with cannot be refunded: ${numbers.join(', ')}`,
    ),
  refundForbidden: (numbers: number[]) =>
    new SertCardRefusal(
      ErrorCode.RefundForbidden,
      'refund_forbidden',
      `the series of these certificates does not allow refunds: ${numbers.join(', ')}`,
    ),
  refundExceedsSale: (itemCode: string) =>
    new SertCardRefusal(
      ErrorCode.RefundExceedsSale,
      'refund_exceeds_sale',
      `the order has fewer unrefunded certificates of ItemCode ${JSON.stringify(itemCode)} than the refund returns`,
    ),
  refundOfBlocked: (numbers: number[]) =>
    new SertCardRefusal(
      ErrorCode.RefundOfBlockedCertificate,
      'refund_of_blocked_certificate',
      `blocked certificates cannot be refunded: ${numbers.join(', ')}`,
    ),
  certificateNotFound: () =>
    new SertCardRefusal(ErrorCode.CertificateNotFound, 'certificate_not_found', 'no such certificate'),
  expired: () =>
    new SertCardRefusal(ErrorCode.CertificateExpired, 'certificate_expired', 'the certificate has expired'),
  blocked: () =>
    new SertCardRefusal(ErrorCode.CertificateBlocked, 'certificate_blocked', 'the certificate is blocked'),
  refunded: () =>
    new SertCardRefusal(
      ErrorCode.CertificateRefunded,
      'certificate_refunded',
      'the certificate was refunded',
    ),
  used: () =>
    new SertCardRefusal(ErrorCode.CertificateUsed, 'certificate_used', 'the certificate has no balance left'),
  amountExceedsRemain: (remain: number) =>
    new SertCardRefusal(
      ErrorCode.AmountExceedsRemain,
      'amount_exceeds_remain',
      `the amount is more than the certificate's balance (${remain})`,
    ),
  partialForbidden: (remain: number) =>
    new SertCardRefusal(
      ErrorCode.PartialPaymentForbidden,
      'partial_payment_forbidden',
      `this certificate can only pay its whole balance (${remain}) at once`,
    ),
  orderPaidWithOtherAmount: () =>
    new SertCardRefusal(
      ErrorCode.OrderPaidWithOtherAmount,
      'order_paid_with_other_amount',
      'this order was already paid with this certificate, with another amount',
    ),
  paymentNotFound: () =>
    new SertCardRefusal(ErrorCode.PaymentNotFound, 'payment_not_found', 'no payment of this order to return'),
  paymentReturned: () =>
    new SertCardRefusal(
      ErrorCode.PaymentReturned,
      'payment_returned',
      'this order paid with this certificate and the payment was returned (PayRefund); pay under a new OrderNumber',
    ),
};

export class SeriesNotFound extends NotFound {
  constructor(id: number | string) {
    super(`no series ${id}`, 'series_not_found');
  }
}

export class SeriesIdTaken extends Conflict {
  constructor(id: number) {
    super(`a series with id ${id} exists already`, 'series_id_taken');
  }
}

export class CertificateNumberNotFound extends NotFound {
  constructor() {
    super('no such certificate', 'certificate_not_found');
  }
}

export class WeakSecrets extends ValidationFailed {
  constructor(bits: number) {
    const reason = `secret_length and secret_alphabet give ${Math.floor(bits)} bits; at least 40 are needed`;
    super(reason, [{ field: 'secret_length', reason }]);
  }
}

export class TooManyCertificates extends ValidationFailed {
  constructor(max: number) {
    const reason = `one receipt may issue at most ${max} certificates`;
    super(reason, [{ field: 'Goods', reason }]);
  }
}

export class InfoKeyMissing extends ValidationFailed {
  constructor() {
    const reason = 'Number or SecretCode is required';
    super(reason, [{ field: 'SecretCode', reason }]);
  }
}
