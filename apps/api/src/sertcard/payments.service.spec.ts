import { Database, DEFAULT_SETTINGS, TenantContext } from '@app/data';
import { ThrottleService } from '@app/http';
import { CertificateWithSaleRow } from './certificate-row';
import { CertificatesRepository } from './certificates.repository';
import { payRefusal, PaymentsService } from './payments.service';
import { ErrorCode } from './sertcard.errors';

const row = (over: Partial<CertificateWithSaleRow> = {}): CertificateWithSaleRow => ({
  number: 1,
  secret_code: 'S',
  sale_id: '1',
  item_code: '',
  nominal: '100.00',
  remain: '100.00',
  expires_at: new Date('2100-01-01T00:00:00Z'),
  allow_refund: true,
  allow_reuse: true,
  blocked: false,
  refunded: false,
  expired: false,
  sale_refundable: true,
  ...over,
});

describe(PaymentsService.name, () => {
  const db = { transaction: (fn: () => Promise<unknown>) => fn() } as unknown as Database;
  const run = <T>(fn: () => Promise<T>) =>
    TenantContext.run({ organizationId: 'o', settings: DEFAULT_SETTINGS }, fn);

  it('names why a certificate cannot pay, in the documented order', () => {
    expect(payRefusal(row({ refunded: true, blocked: true }), 1).errorCode).toBe(
      ErrorCode.CertificateRefunded,
    );
    expect(payRefusal(row({ blocked: true, expired: true }), 1).errorCode).toBe(ErrorCode.CertificateBlocked);
    expect(payRefusal(row({ expired: true, remain: '0.00' }), 1).errorCode).toBe(
      ErrorCode.CertificateExpired,
    );
    expect(payRefusal(row({ remain: '0.00' }), 1).errorCode).toBe(ErrorCode.CertificateUsed);
    expect(payRefusal(row({ remain: '10.00' }), 11).errorCode).toBe(ErrorCode.AmountExceedsRemain);
    expect(payRefusal(row({ allow_reuse: false }), 40).errorCode).toBe(ErrorCode.PartialPaymentForbidden);
  });

  it('counts a look-up of an unknown secret as a failure and refuses without a transaction', async () => {
    const throttle = { ensureAllowed: jest.fn(), failedLookup: jest.fn() } as unknown as ThrottleService;
    const repo = {
      findBySecret: jest.fn(async () => null),
      insertPayment: jest.fn(),
    } as unknown as CertificatesRepository;
    const service = new PaymentsService(db, repo, throttle);
    await expect(
      run(() => service.pay({ SecretCode: 'X', Amount: 1, OrderNumber: 'o', PosCode: 'p' })),
    ).rejects.toMatchObject({ errorCode: ErrorCode.CertificateNotFound });
    expect(throttle.failedLookup).toHaveBeenCalledTimes(1);
    expect(repo.insertPayment).not.toHaveBeenCalled();
  });

  it('hides the secret when the certificate was looked up by its number', async () => {
    const throttle = { ensureAllowed: jest.fn(), failedLookup: jest.fn() } as unknown as ThrottleService;
    const repo = { findByNumber: jest.fn(async () => row()) } as unknown as CertificatesRepository;
    const res = await run(() => new PaymentsService(db, repo, throttle).info({ Number: 1 }));
    expect(res.SertCard).toMatchObject({ Number: 1, SecretCode: null, SertCardStatus: 'Active' });
  });
});
