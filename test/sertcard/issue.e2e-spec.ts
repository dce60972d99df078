import { TestApp } from '../helpers/test-app';
import { call, certificateCount, createSeries, Format, good, orderNo, sale, Tenant } from './helpers';

/** .NET's local DateTime form: up to seven fractional digits without trailing zeros. */
const NET_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{0,6}[1-9])?[+-]\d\d:\d\d$/;

describe.each<Format>(['json', 'xml'])('SertCard NumberFromGoods: issuing certificates (%s)', (format) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant({ timezone: 'Europe/Moscow' });
  });
  afterAll(() => t.close());

  const nfg = (body: Record<string, unknown>) => call(t, format, 'NumberFromGoods', body, tenant);

  it("issues Quantity certificates for each line of the series' item codes only", async () => {
    const series = await createSeries(t, tenant, { item_codes: ['GIFT500', 'GIFT1000'] });
    const before = await certificateCount(t, tenant);
    const res = await nfg(
      sale(
        series.id,
        [good('GIFT500', 2, 500), good('SHOES', 1, 4999.99), good('GIFT1000', 1, 1000), good(null, 1, 10)],
        {
          Email: 'buyer@example.com',
          Phone: 79161234567,
        },
      ),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(`application/${format}; charset=utf-8`);
    expect(res.data.ErrorCode).toBe(0);
    expect(res.data.Message).toBeNull();
    const cards = res.data.SertCards;
    expect(cards.map((c: any) => c.Nominal)).toEqual([500, 500, 1000]);
    expect(cards[0]).toEqual({
      Number: expect.any(Number),
      SecretCode: expect.stringMatching(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$/),
      Nominal: 500,
      Remain: 500,
      SertExpDate: expect.stringMatching(NET_DATE),
      SertCardStatus: 'Active',
      SertCardStatusPurchase: 'Sold',
      AllowRefund: true,
      AllowRefundPurchase: true,
      AllowReuse: true,
    });
    expect(cards[0].SertExpDate).toMatch(/\+03:00$/);
    const expires = Date.parse(cards[0].SertExpDate);
    expect(Math.abs(expires - (Date.now() + 365 * 86_400_000))).toBeLessThan(60_000);
    const numbers = cards.map((c: any) => c.Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(cards.map((c: any) => c.SecretCode)).size).toBe(3);
    expect(await certificateCount(t, tenant)).toBe(before + 3);
  });

  it('uses the series nominal when it has one, and every line when it names no item codes', async () => {
    const series = await createSeries(t, tenant, { item_codes: [], nominal: 750, allow_reuse: false });
    const res = await nfg(sale(series.id, [good('A', 1, 1), good(null, 2, 99.5)]));
    expect(res.data.SertCards.map((c: any) => [c.Nominal, c.AllowReuse])).toEqual([
      [750, false],
      [750, false],
      [750, false],
    ]);
  });

  it('answers a retry of the same order with the same certificates, issuing nothing new', async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 2, 300)]);
    const first = await nfg(body);
    const count = await certificateCount(t, tenant);
    const again = await nfg(body);
    expect(again.status).toBe(200);
    expect(again.data).toEqual(first.data);
    expect(await certificateCount(t, tenant)).toBe(count);
  });

  it('issues one set for 20 concurrent identical requests', async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 3, 100)]);
    const before = await certificateCount(t, tenant);
    const answers = await Promise.all(Array.from({ length: 20 }, () => nfg(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const sets = new Set(answers.map((a) => a.data.SertCards.map((c: any) => c.Number).join(',')));
    expect(sets.size).toBe(1);
    expect(answers[0].data.SertCards).toHaveLength(3);
    expect(await certificateCount(t, tenant)).toBe(before + 3);
  });

  it('refuses the same PosCode + OrderNumber with other goods, an unknown series and a receipt without series goods', async () => {
    const series = await createSeries(t, tenant, { item_codes: ['ONLY'] });
    const body = sale(series.id, [good('ONLY', 1, 100)]);
    expect((await nfg(body)).data.ErrorCode).toBe(0);
    const count = await certificateCount(t, tenant);
    const other = await nfg({ ...body, Goods: [good('ONLY', 2, 100)] });
    expect(other.status).toBe(200);
    expect(other.data).toMatchObject({ ErrorCode: 3, SertCards: null });
    expect(other.data.Message).toContain('another receipt');
    const unknown = await nfg(sale(987654, [good('ONLY', 1, 100)]));
    expect(unknown.data).toMatchObject({
      ErrorCode: 1,
      Message: 'there is no series 987654',
      SertCards: null,
    });
    const none = await nfg(sale(series.id, [good('OTHER', 1, 100)]));
    expect(none.data).toMatchObject({ ErrorCode: 2 });
    expect(await certificateCount(t, tenant)).toBe(count);
  });

  it('answers malformed requests with HTTP 400 in the response shape, naming the field, writing nothing', async () => {
    const series = await createSeries(t, tenant);
    const count = await certificateCount(t, tenant);
    const cases: [Record<string, unknown>, string][] = [
      [sale(series.id, []), 'Goods'],
      [sale(series.id, [good('GIFT', 0, 100)]), 'Quantity'],
      [sale(series.id, [good('GIFT', 1001, 100)]), 'Quantity'],
      [sale(series.id, [good('GIFT', 1, 0)]), 'Price'],
      [sale(series.id, [good('GIFT', 1, 10.555)]), 'Price'],
      [sale(series.id, [good('GIFT', 1, 1_000_000_001)]), 'Price'],
      [{ ...sale(series.id, [good('GIFT', 1, 1)]), PosCode: undefined }, 'PosCode'],
      [{ ...sale(series.id, [good('GIFT', 1, 1)]), SertCardSeries: undefined }, 'SertCardSeries'],
      [
        sale(
          series.id,
          Array.from({ length: 101 }, () => good('GIFT', 1, 1)),
        ),
        'Goods',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await nfg(body);
      expect([res.status, res.data.ErrorCode, res.data.SertCards]).toEqual([400, 400, null]);
      expect(res.data.Message).toContain(field);
    }
    const tooMany = await nfg(
      sale(
        series.id,
        Array.from({ length: 11 }, () => good('GIFT', 1000, 1)),
      ),
    );
    expect([tooMany.status, tooMany.data.ErrorCode]).toEqual([400, 400]);
    expect(tooMany.data.Message).toContain('at most 10000 certificates');
    expect(await certificateCount(t, tenant)).toBe(count);
  });

  it('is found under any letter case of the path and without the trailing slash', async () => {
    const series = await createSeries(t, tenant);
    const res = await t.request('POST', '/API/SertCard/numberfromgoods/', {
      token: tenant.token,
      body: sale(series.id, [good('GIFT', 1, 5)]),
    });
    expect(res.status).toBe(200);
    expect(res.body.ErrorCode).toBe(0);
  });

  it('keeps the sale data it was given', async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 1, 5)], {
      ChequeId: 42,
      Client: 7,
      ClientIShop: 8,
      Email: 'a@b.c',
      Phone: 79000000001,
      SiteCode: 'widget-1',
    });
    expect((await nfg(body)).data.ErrorCode).toBe(0);
    const [row] = await t.db.query(
      `SELECT cheque_id, client, client_ishop, email, phone, site_code FROM sertcard_sales
       WHERE organization_id = $1 AND order_number = $2`,
      [tenant.id, body.OrderNumber],
    );
    expect(row).toEqual({
      cheque_id: '42',
      client: '7',
      client_ishop: '8',
      email: 'a@b.c',
      phone: '79000000001',
      site_code: 'widget-1',
    });
  });

  it('gives every order its own certificates', async () => {
    const series = await createSeries(t, tenant);
    const a = await nfg(sale(series.id, [good('GIFT', 1, 5)], { OrderNumber: orderNo() }));
    const b = await nfg(sale(series.id, [good('GIFT', 1, 5)], { OrderNumber: orderNo() }));
    expect(a.data.SertCards[0].Number).not.toBe(b.data.SertCards[0].Number);
  });
});
