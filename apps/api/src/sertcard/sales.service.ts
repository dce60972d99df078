import { Injectable } from '@nestjs/common';
import { Database, TenantContext } from '@app/data';
import { randomCodes, sha256Hex } from '@app/codes';
import { CertificateRow } from './certificate-row';
import {
  NumberFromGoodsGood,
  NumberFromGoodsRequest,
  NumberFromGoodsResponse,
} from './dto/number-from-goods.dto';
import { refusals, TooManyCertificates } from './sertcard.errors';
import { isRefundable, isSaleRefundable, toSertCard } from './sertcard.mapper';
import { IssueTerms, NewCertificate, SalesRepository, SaleRow } from './sales.repository';
import { SeriesRepository, SeriesRow } from './series.repository';

/** Certificates one receipt may issue (100 lines of up to 1,000 are allowed, but not all at once). */
export const MAX_CERTIFICATES_PER_SALE = 10_000;
/** Rounds of redrawing secret codes that collided with stored ones (practically never more than one). */
const MAX_SECRET_ROUNDS = 20;

const itemKey = (g: { ItemCode?: string | null }) => g.ItemCode ?? '';

/** What makes a retry "the same receipt": the series and every goods line's code, quantity and price. */
export function saleFingerprint(seriesId: number, goods: NumberFromGoodsGood[]): string {
  return sha256Hex(JSON.stringify([seriesId, goods.map((g) => [itemKey(g), g.Quantity, g.Price])]));
}

/**
 * What makes a partial refund "the same return": the returned quantities per ItemCode and, when
 * the POS sends one, the return receipt's ChequeId (two returns of one item on two receipts are two
 * refunds; without ChequeId they cannot be told from a retry).
 */
function refundFingerprint(goods: NumberFromGoodsGood[], chequeId: number | null | undefined): string {
  const totals = [...quantitiesByItem(goods)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(JSON.stringify(chequeId == null ? totals : [chequeId, totals]));
}

function quantitiesByItem(goods: NumberFromGoodsGood[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const g of goods) totals.set(itemKey(g), (totals.get(itemKey(g)) ?? 0) + g.Quantity);
  return totals;
}

/** The lines of a receipt that are certificates of the series (all of them when it names no goods). */
export function seriesLines(
  series: Pick<SeriesRow, 'item_codes'>,
  goods: NumberFromGoodsGood[],
): NumberFromGoodsGood[] {
  if (!series.item_codes.length) return goods;
  const codes = new Set(series.item_codes);
  return goods.filter((g) => g.ItemCode != null && codes.has(g.ItemCode));
}

/**
 * The certificates a partial refund cancels: per returned ItemCode, that many unrefunded
 * certificates of the sale, the unspent and unblocked first. Lines of goods the sale issued no
 * certificates for are not certificates and are passed over.
 */
export function refundTargets(rows: CertificateRow[], goods: NumberFromGoodsGood[]): CertificateRow[] | null {
  const issued = new Set(rows.map((r) => r.item_code));
  const wanted = [...quantitiesByItem(goods)].filter(([code]) => issued.has(code));
  if (!wanted.length) return null;
  const targets: CertificateRow[] = [];
  for (const [code, quantity] of wanted) {
    const candidates = rows
      .filter((r) => !r.refunded && r.item_code === code)
      .sort((a, b) => Number(isRefundable(b)) - Number(isRefundable(a)) || a.number - b.number);
    if (candidates.length < quantity) throw refusals.refundExceedsSale(code);
    targets.push(...candidates.slice(0, quantity));
  }
  return targets.sort((a, b) => a.number - b.number);
}

/** All-or-nothing checks of a refund, in the order the error codes are documented. */
function assertRefundable(targets: CertificateRow[]): void {
  const numbers = (f: (r: CertificateRow) => boolean) => targets.filter(f).map((r) => r.number);
  const forbidden = numbers((r) => !r.allow_refund);
  if (forbidden.length) throw refusals.refundForbidden(forbidden);
  const spent = numbers((r) => Number(r.remain) !== Number(r.nominal));
  if (spent.length) throw refusals.refundOfSpent(spent);
  const blocked = numbers((r) => r.blocked);
  if (blocked.length) throw refusals.refundOfBlocked(blocked);
}

/** NumberFromGoods: issue certificates for a sale (idempotent per PosCode + OrderNumber) or refund them. */
@Injectable()
export class SalesService {
  constructor(
    private readonly db: Database,
    private readonly series: SeriesRepository,
    private readonly sales: SalesRepository,
  ) {}

  numberFromGoods(dto: NumberFromGoodsRequest): Promise<NumberFromGoodsResponse> {
    return dto.Refund ? this.refund(dto) : this.issue(dto);
  }

  private async issue(dto: NumberFromGoodsRequest): Promise<NumberFromGoodsResponse> {
    const seriesId = dto.SertCardSeries!;
    const goods = dto.Goods!;
    const fingerprint = saleFingerprint(seriesId, goods);
    return this.db.transaction(async () => {
      const series = await this.series.find(seriesId);
      const lines = series ? seriesLines(series, goods) : [];
      if (!series || !lines.length) {
        // a retry answers what the first request issued, whatever the series has become since
        const known = await this.sales.findSale(dto.PosCode, dto.OrderNumber);
        if (known) return this.replay(known, fingerprint);
        throw series ? refusals.noSeriesGoods(seriesId) : refusals.unknownSeries(seriesId);
      }
      const items: Omit<NewCertificate, 'secret'>[] = [];
      for (const line of lines) {
        if (items.length + line.Quantity > MAX_CERTIFICATES_PER_SALE)
          throw new TooManyCertificates(MAX_CERTIFICATES_PER_SALE);
        const nominal = series.nominal ?? String(line.Price);
        for (let i = 0; i < line.Quantity; i++) items.push({ itemCode: itemKey(line), nominal });
      }
      const saleId = await this.sales.insertSale({
        seriesId,
        posCode: dto.PosCode,
        orderNumber: dto.OrderNumber,
        fingerprint,
        chequeId: dto.ChequeId ?? null,
        client: dto.Client ?? null,
        clientIShop: dto.ClientIShop ?? null,
        email: dto.Email ?? null,
        phone: dto.Phone ?? null,
        siteCode: dto.SiteCode ?? null,
      });
      if (!saleId) {
        // a retry, or a concurrent request for the same order that committed first
        return this.replay((await this.sales.findSale(dto.PosCode, dto.OrderNumber))!, fingerprint);
      }
      return this.answer(await this.issueCertificates(saleId, series, items));
    });
  }

  private async replay(sale: SaleRow, fingerprint: string): Promise<NumberFromGoodsResponse> {
    if (sale.fingerprint !== fingerprint) throw refusals.orderIssuedWithOtherGoods();
    return this.answer(await this.sales.saleCertificates(sale.id));
  }

  /**
   * Draws secret codes and stores the certificates set-based, drawing again for the few that
   * collide; answers the stored certificates in number order.
   */
  private async issueCertificates(
    saleId: string,
    series: SeriesRow,
    items: Omit<NewCertificate, 'secret'>[],
  ): Promise<CertificateRow[]> {
    const terms: IssueTerms = {
      seriesId: series.id,
      validityDays: series.validity_days,
      allowRefund: series.allow_refund,
      allowReuse: series.allow_reuse,
    };
    let pending = items;
    const issued: CertificateRow[] = [];
    for (let round = 0; pending.length; round++) {
      if (round >= MAX_SECRET_ROUNDS) throw new Error('could not draw distinct secret codes');
      const secrets = randomCodes(series.secret_alphabet, series.secret_length, pending.length);
      const drawn = new Set<string>();
      const batch: NewCertificate[] = [];
      const again: Omit<NewCertificate, 'secret'>[] = [];
      pending.forEach((item, i) => {
        if (drawn.has(secrets[i])) again.push(item);
        else {
          drawn.add(secrets[i]);
          batch.push({ ...item, secret: secrets[i] });
        }
      });
      const rows = await this.sales.insertCertificates(saleId, terms, batch);
      issued.push(...rows);
      const stored = new Set(rows.map((r) => r.secret_code));
      pending = [...batch.filter((b) => !stored.has(b.secret)), ...again].map(({ itemCode, nominal }) => ({
        itemCode,
        nominal,
      }));
    }
    return issued.sort((a, b) => a.number - b.number);
  }

  /**
   * Cancels the order's certificates (all, or per returned ItemCode line), all or nothing. The same
   * refund sent again changes nothing and answers the same certificates.
   */
  private async refund(dto: NumberFromGoodsRequest): Promise<NumberFromGoodsResponse> {
    return this.db.transaction(async () => {
      const sale = await this.sales.findSale(dto.PosCode, dto.OrderNumber, true);
      if (!sale) throw refusals.unknownOrder();
      const rows = await this.sales.saleCertificates(sale.id, true);
      if (!dto.Goods?.length) {
        const targets = rows.filter((r) => !r.refunded);
        assertRefundable(targets);
        if (targets.length) await this.sales.markRefunded(targets.map((r) => r.number));
        return this.answer(await this.sales.saleCertificates(sale.id));
      }
      const fingerprint = refundFingerprint(dto.Goods, dto.ChequeId);
      const done = await this.sales.findRefund(sale.id, fingerprint);
      if (done) return this.answer(rows, done);
      const targets = refundTargets(rows, dto.Goods);
      if (!targets) throw refusals.noSeriesGoods(sale.series_id);
      assertRefundable(targets);
      const numbers = targets.map((r) => r.number);
      await this.sales.markRefunded(numbers);
      await this.sales.insertRefund(sale.id, fingerprint, numbers);
      return this.answer(await this.sales.saleCertificates(sale.id), numbers);
    });
  }

  /** The sale's certificates (or the listed ones of it) as the answer shows them. */
  private answer(rows: CertificateRow[], only?: number[]): NumberFromGoodsResponse {
    const saleRefundable = isSaleRefundable(rows);
    const timeZone = TenantContext.settings().timezone;
    const wanted = only && new Set(only);
    const shown = wanted ? rows.filter((r) => wanted.has(r.number)) : rows;
    return {
      SertCards: shown.map((r) => toSertCard(r, { timeZone, saleRefundable })),
      ErrorCode: 0,
      Message: null,
    };
  }
}
