import { Database, DEFAULT_SETTINGS, TenantContext } from '@app/data';
import { CertificateRow } from './certificate-row';
import { NumberFromGoodsGood, NumberFromGoodsRequest } from './dto/number-from-goods.dto';
import { SalesRepository } from './sales.repository';
import { refundTargets, saleFingerprint, SalesService, seriesLines } from './sales.service';
import { ErrorCode, SertCardRefusal } from './sertcard.errors';
import { certificateStatus, isSaleRefundable } from './sertcard.mapper';
import { SeriesRepository, SeriesRow } from './series.repository';

const g = (ItemCode: string | null, Quantity: number, Price = 10): NumberFromGoodsGood => ({
  ItemCode,
  Quantity,
  Price,
});

const cert = (number: number, over: Partial<CertificateRow> = {}): CertificateRow => ({
  number,
  secret_code: `S${number}`,
  sale_id: '1',
  item_code: 'A',
  nominal: '100.00',
  remain: '100.00',
  expires_at: new Date('2100-01-01T00:00:00Z'),
  allow_refund: true,
  allow_reuse: true,
  blocked: false,
  refunded: false,
  expired: false,
  ...over,
});

const series: SeriesRow = {
  id: 3,
  name: 's',
  item_codes: ['A'],
  nominal: null,
  validity_days: 10,
  allow_refund: true,
  allow_reuse: true,
  secret_length: 12,
  secret_alphabet: 'AB',
};

function refusalCode(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (e) {
    return (e as SertCardRefusal).errorCode;
  }
  return undefined;
}

describe(SalesService.name, () => {
  const db = { transaction: (fn: () => Promise<unknown>) => fn() } as unknown as Database;
  const run = <T>(fn: () => Promise<T>) =>
    TenantContext.run({ organizationId: 'o', settings: DEFAULT_SETTINGS }, fn);

  it('draws secrets again for the certificates whose secret collided, until all are stored', async () => {
    const stored: string[] = [];
    let rounds = 0;
    const sales = {
      findSale: jest.fn(async () => null),
      insertSale: jest.fn(async () => '9'),
      insertCertificates: jest.fn(async (_sale: string, _terms: unknown, items: { secret: string }[]) => {
        rounds++;
        // the first round "collides" on every other certificate
        const fresh = items.filter((item, i) => !stored.includes(item.secret) && (rounds > 1 || i % 2 === 0));
        stored.push(...fresh.map((f) => f.secret));
        return fresh.map((f) => cert(stored.indexOf(f.secret) + 1, { secret_code: f.secret }));
      }),
    } as unknown as SalesRepository;
    const seriesRepo = {
      find: jest.fn(async () => ({ ...series, secret_alphabet: '0123456789ABCDEF', secret_length: 16 })),
    } as unknown as SeriesRepository;
    const service = new SalesService(db, seriesRepo, sales);
    const dto = { PosCode: 'p', OrderNumber: 'o', SertCardSeries: 3, Goods: [g('A', 6), g('B', 2)] };
    const res = await run(() => service.numberFromGoods(dto as NumberFromGoodsRequest));
    expect(res.SertCards).toHaveLength(6);
    expect(res.SertCards!.map((c) => c.Number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(stored).size).toBe(6);
    expect(rounds).toBeGreaterThanOrEqual(2);
  });

  it('answers a retry from the stored sale without issuing, even when the series has changed since', async () => {
    const dto = { PosCode: 'p', OrderNumber: 'o', SertCardSeries: 3, Goods: [g('A', 1)] };
    const sales = {
      findSale: jest.fn(async () => ({ id: '5', series_id: 3, fingerprint: saleFingerprint(3, dto.Goods) })),
      insertSale: jest.fn(async () => null),
      insertCertificates: jest.fn(),
      saleCertificates: jest.fn(async () => [cert(7)]),
    } as unknown as SalesRepository;
    const seriesRepo = { find: jest.fn(async () => series) } as unknown as SeriesRepository;
    const service = new SalesService(db, seriesRepo, sales);
    const res = await run(() => service.numberFromGoods(dto as NumberFromGoodsRequest));
    expect(res.SertCards!.map((c) => c.Number)).toEqual([7]);
    expect(sales.insertCertificates).not.toHaveBeenCalled();

    // the series no longer sells item A: the retry still gets what the sale issued
    const changed = {
      find: jest.fn(async () => ({ ...series, item_codes: ['B'] })),
    } as unknown as SeriesRepository;
    const again = await run(() =>
      new SalesService(db, changed, sales).numberFromGoods(dto as NumberFromGoodsRequest),
    );
    expect(again.SertCards!.map((c) => c.Number)).toEqual([7]);

    const other = { ...dto, Goods: [g('A', 2)] };
    await expect(run(() => service.numberFromGoods(other as NumberFromGoodsRequest))).rejects.toMatchObject({
      errorCode: ErrorCode.OrderIssuedWithOtherGoods,
    });
  });

  it("picks the series' lines, or every line when the series names no goods", () => {
    const goods = [g('A', 1), g('B', 1), g(null, 1)];
    expect(seriesLines(series, goods).map((l) => l.ItemCode)).toEqual(['A']);
    expect(seriesLines({ item_codes: [] }, goods)).toHaveLength(3);
  });

  it('refunds per ItemCode the unspent certificates first, and refuses more than are left', () => {
    const rows = [
      cert(1, { remain: '50.00' }),
      cert(2),
      cert(3, { refunded: true }),
      cert(4, { item_code: 'B' }),
    ];
    expect(refundTargets(rows, [g('A', 1), g('SOCKS', 3)])!.map((r) => r.number)).toEqual([2]);
    expect(refundTargets(rows, [g('A', 2)])!.map((r) => r.number)).toEqual([1, 2]);
    expect(refusalCode(() => refundTargets(rows, [g('A', 3)]))).toBe(ErrorCode.RefundExceedsSale);
    expect(refundTargets(rows, [g('SOCKS', 1)])).toBeNull();
  });

  it('fingerprints the series and every line, so a changed receipt is another receipt', () => {
    const base = saleFingerprint(1, [g('A', 1, 10)]);
    expect(saleFingerprint(1, [g('A', 1, 10)])).toBe(base);
    expect(saleFingerprint(2, [g('A', 1, 10)])).not.toBe(base);
    expect(saleFingerprint(1, [g('A', 1, 10.5)])).not.toBe(base);
    expect(saleFingerprint(1, [g('A', 1, 10), g('X', 1, 1)])).not.toBe(base);
  });
});

describe(certificateStatus.name, () => {
  it('shows one status: Refunded, then Blocked, Used, Expired, else Active', () => {
    const all = { refunded: true, blocked: true, remain: '0.00', expired: true };
    expect(certificateStatus(all)).toBe('Refunded');
    expect(certificateStatus({ ...all, refunded: false })).toBe('Blocked');
    expect(certificateStatus({ ...all, refunded: false, blocked: false })).toBe('Used');
    expect(certificateStatus({ ...all, refunded: false, blocked: false, remain: '1.00' })).toBe('Expired');
    expect(certificateStatus({ refunded: false, blocked: false, remain: '1.00', expired: false })).toBe(
      'Active',
    );
  });

  it('calls a sale refundable while it has unrefunded certificates, all unspent, unblocked and refundable', () => {
    expect(isSaleRefundable([cert(1), cert(2, { refunded: true })])).toBe(true);
    expect(isSaleRefundable([cert(1), cert(2, { remain: '1.00' })])).toBe(false);
    expect(isSaleRefundable([cert(1, { blocked: true })])).toBe(false);
    expect(isSaleRefundable([cert(1, { allow_refund: false })])).toBe(false);
    expect(isSaleRefundable([cert(1, { refunded: true })])).toBe(false);
  });
});
