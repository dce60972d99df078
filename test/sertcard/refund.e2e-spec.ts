import { TestApp } from '../helpers/test-app';
import { call, createSeries, Format, good, sale, Tenant } from './helpers';

describe.each<Format>(['json', 'xml'])('SertCard NumberFromGoods: refunds (%s)', (format) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const nfg = (body: Record<string, unknown>) => call(t, format, 'NumberFromGoods', body, tenant);
  const pay = (body: Record<string, unknown>) => call(t, format, 'Pay', body, tenant);
  const refundOf = (body: Record<string, unknown>, goods?: Record<string, unknown>[]) => ({
    PosCode: body.PosCode,
    OrderNumber: body.OrderNumber,
    Refund: true,
    Goods: goods ?? null,
  });
  const states = (t2: TestApp, numbers: number[]) =>
    t2.db.query(
      `SELECT number, refunded_at IS NOT NULL AS refunded, remain FROM sertcard_certificates
       WHERE number = ANY($1::int[]) ORDER BY number`,
      [numbers],
    );

  it('cancels every unspent certificate of the order, and answers the same when sent again', async () => {
    const series = await createSeries(t, tenant, { item_codes: ['A', 'B'] });
    const body = sale(series.id, [good('A', 2, 100), good('B', 1, 50)]);
    const issued = (await nfg(body)).data.SertCards;
    const res = await nfg(refundOf(body));
    expect(res.status).toBe(200);
    expect(res.data.ErrorCode).toBe(0);
    expect(
      res.data.SertCards.map((c: any) => [c.Number, c.SertCardStatus, c.SertCardStatusPurchase]),
    ).toEqual(issued.map((c: any) => [c.Number, 'Refunded', 'Refunded']));
    expect(res.data.SertCards.every((c: any) => !c.AllowRefund && !c.AllowRefundPurchase)).toBe(true);
    const twice = await nfg(refundOf(body));
    expect(twice.data).toEqual(res.data);
    // the refunded sale's retry answers its certificates as they are now, issuing nothing
    const retry = await nfg(body);
    expect(retry.data.SertCards.map((c: any) => c.SertCardStatus)).toEqual([
      'Refunded',
      'Refunded',
      'Refunded',
    ]);
  });

  it('with Goods cancels Quantity certificates per returned ItemCode; the same refund again changes nothing', async () => {
    const series = await createSeries(t, tenant, { item_codes: ['A', 'B'] });
    const body = sale(series.id, [good('A', 3, 100), good('B', 1, 50), good('SOCKS', 1, 5)]);
    const issued = (await nfg(body)).data.SertCards;
    const partial = await nfg(refundOf(body, [good('A', 2, 100), good('SOCKS', 1, 5)]));
    expect(partial.data.ErrorCode).toBe(0);
    expect(partial.data.SertCards.map((c: any) => c.Number)).toEqual([issued[0].Number, issued[1].Number]);
    expect(partial.data.SertCards.every((c: any) => c.SertCardStatus === 'Refunded')).toBe(true);
    const again = await nfg(refundOf(body, [good('A', 2, 100), good('SOCKS', 1, 5)]));
    expect(again.data).toEqual(partial.data);
    const rows = await states(
      t,
      issued.map((c: any) => c.Number),
    );
    expect(rows.map((r: any) => r.refunded)).toEqual([true, true, false, false]);
    // another return of the last A goes through; one more A than is left is refused
    const last = await nfg(refundOf(body, [good('A', 1, 100)]));
    expect(last.data.SertCards.map((c: any) => c.Number)).toEqual([issued[2].Number]);
    const more = await nfg(refundOf(body, [good('B', 2, 50)]));
    expect(more.data.ErrorCode).toBe(7);
  });

  it('takes two returns of the same quantity on two return receipts (ChequeId) as two refunds', async () => {
    const series = await createSeries(t, tenant, { item_codes: ['A'] });
    const body = sale(series.id, [good('A', 3, 100)]);
    const issued = (await nfg(body)).data.SertCards.map((c: any) => c.Number);
    const onReceipt = (chequeId: number) => ({ ...refundOf(body, [good('A', 1, 100)]), ChequeId: chequeId });
    const first = await nfg(onReceipt(501));
    expect(first.data.SertCards.map((c: any) => c.Number)).toEqual([issued[0]]);
    expect((await nfg(onReceipt(501))).data).toEqual(first.data); // the same receipt again: a retry
    const second = await nfg(onReceipt(502));
    expect(second.data.SertCards.map((c: any) => c.Number)).toEqual([issued[1]]);
    expect((await states(t, issued)).map((r: any) => r.refunded)).toEqual([true, true, false]);
  });

  it('refuses a refund after a payment, all or nothing, and an unknown order', async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 2, 100)]);
    const [first, second] = (await nfg(body)).data.SertCards;
    expect(
      (await pay({ SecretCode: second.SecretCode, Amount: 10, OrderNumber: 'o-1', PosCode: 'p' })).data
        .ErrorCode,
    ).toBe(0);
    const res = await nfg(refundOf(body));
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ ErrorCode: 5, SertCards: null });
    expect(res.data.Message).toContain(String(second.Number));
    expect((await states(t, [first.Number, second.Number])).map((r: any) => r.refunded)).toEqual([
      false,
      false,
    ]);
    // the unspent one alone can be returned by goods: the spent one is passed over
    const one = await nfg(refundOf(body, [good('GIFT', 1, 100)]));
    expect(one.data.SertCards.map((c: any) => c.Number)).toEqual([first.Number]);
    const info = await call(t, format, 'Info', { SecretCode: second.SecretCode }, tenant);
    expect(info.data.SertCard).toMatchObject({ AllowRefund: false, AllowRefundPurchase: false, Remain: 90 });
    const unknown = await nfg({ PosCode: 'pos-1', OrderNumber: 'never-sold', Refund: true });
    expect(unknown.data).toMatchObject({ ErrorCode: 4, SertCards: null });
  });

  it('refuses refunds the series forbids, and of blocked certificates', async () => {
    const series = await createSeries(t, tenant, { allow_refund: false });
    const body = sale(series.id, [good('GIFT', 1, 100)]);
    const [card] = (await nfg(body)).data.SertCards;
    expect(card).toMatchObject({ AllowRefund: false, AllowRefundPurchase: false });
    expect((await nfg(refundOf(body))).data.ErrorCode).toBe(6);

    const open = await createSeries(t, tenant);
    const body2 = sale(open.id, [good('GIFT', 1, 100)]);
    const [card2] = (await nfg(body2)).data.SertCards;
    expect(
      (await t.request('POST', `/api/sertcard/${card2.Number}/block`, { token: tenant.token })).status,
    ).toBe(200);
    expect((await nfg(refundOf(body2))).data.ErrorCode).toBe(8);
  });

  it("refunds by the terms the certificates were sold with, not the series' later ones", async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 1, 100)]);
    await nfg(body);
    const patched = await t.request('PATCH', `/api/sertcard/series/${series.id}`, {
      token: tenant.token,
      body: { allow_refund: false },
    });
    expect(patched.body.allow_refund).toBe(false);
    expect((await nfg(refundOf(body))).data.ErrorCode).toBe(0);
  });
});
