import { TestApp } from '../helpers/test-app';
import { call, createSeries, Format, good, orderNo, sale, Tenant } from './helpers';

describe.each<Format>(['json', 'xml'])('SertCard Info, Pay and PayRefund (%s)', (format) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const send = (route: 'Info' | 'Pay' | 'PayRefund' | 'NumberFromGoods', body: Record<string, unknown>) =>
    call(t, format, route, body, tenant);
  async function issue(nominal: number, terms: Record<string, unknown> = {}) {
    const series = await createSeries(t, tenant, terms);
    const res = await send('NumberFromGoods', sale(series.id, [good('GIFT', 1, nominal)]));
    return res.data.SertCards[0];
  }
  const pay = (card: any, Amount: number, OrderNumber = orderNo(), PosCode = 'pos-9') =>
    send('Pay', { SecretCode: card.SecretCode, Amount, OrderNumber, PosCode });

  it('pays partially and then in full; the certificate is Used at zero', async () => {
    const card = await issue(1000);
    const part = await pay(card, 250.5);
    expect(part.status).toBe(200);
    expect(part.data).toMatchObject({ ErrorCode: 0, Message: null, Amount: 250.5 });
    expect(part.data.SertCard).toMatchObject({
      Number: card.Number,
      Remain: 749.5,
      SertCardStatus: 'Active',
    });
    const rest = await pay(card, 749.5);
    expect(rest.data.SertCard).toMatchObject({ Remain: 0, SertCardStatus: 'Used', AllowRefund: false });
    const more = await pay(card, 1);
    expect(more.data).toMatchObject({ ErrorCode: 14, SertCard: null, Amount: null });
  });

  it('refuses more than the balance, and partial payments when AllowReuse is false', async () => {
    const card = await issue(100, { allow_reuse: false });
    expect((await pay(card, 100.01)).data.ErrorCode).toBe(15);
    expect((await pay(card, 40)).data.ErrorCode).toBe(16);
    expect((await pay(card, 100)).data.SertCard).toMatchObject({ Remain: 0, SertCardStatus: 'Used' });
  });

  it('is idempotent per PosCode + OrderNumber + SecretCode; another amount for that order is refused', async () => {
    const card = await issue(300);
    const order = orderNo();
    const first = await pay(card, 100, order);
    const again = await pay(card, 100, order);
    expect(again.data).toEqual(first.data);
    expect(again.data.SertCard.Remain).toBe(200);
    expect((await pay(card, 50, order)).data.ErrorCode).toBe(17);
    // the same order number at another POS is another order
    expect((await pay(card, 50, order, 'pos-other')).data.SertCard.Remain).toBe(150);
  });

  it('never takes Remain below zero: of 100 concurrent payments of 60% exactly one succeeds', async () => {
    const card = await issue(1000);
    const answers = await Promise.all(Array.from({ length: 100 }, () => pay(card, 600)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const codes = answers.map((a) => a.data.ErrorCode);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c !== 0).every((c) => c === 15)).toBe(true);
    const [row] = await t.db.query(`SELECT remain FROM sertcard_certificates WHERE number = $1`, [
      card.Number,
    ]);
    expect(row.remain).toBe('400.00');
    const [payments] = await t.db.query(
      `SELECT count(*)::int AS n FROM sertcard_payments WHERE number = $1`,
      [card.Number],
    );
    expect(payments.n).toBe(1);
  });

  it('refuses expired, blocked and refunded certificates', async () => {
    const expired = await issue(100);
    await t.db.query(
      `UPDATE sertcard_certificates SET expires_at = now() - interval '1 day' WHERE number = $1`,
      [expired.Number],
    );
    expect((await pay(expired, 10)).data.ErrorCode).toBe(11);
    expect((await send('Info', { Number: expired.Number })).data.SertCard.SertCardStatus).toBe('Expired');

    const blocked = await issue(100);
    const block = await t.request('POST', `/api/sertcard/${blocked.Number}/block`, { token: tenant.token });
    expect(block.body).toMatchObject({ Number: blocked.Number, SertCardStatus: 'Blocked' });
    expect((await pay(blocked, 10)).data.ErrorCode).toBe(12);
    await t.request('POST', `/api/sertcard/${blocked.Number}/unblock`, { token: tenant.token });
    expect((await pay(blocked, 10)).data.ErrorCode).toBe(0);

    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 1, 100)]);
    const [refunded] = (await send('NumberFromGoods', body)).data.SertCards;
    await send('NumberFromGoods', { PosCode: body.PosCode, OrderNumber: body.OrderNumber, Refund: true });
    expect((await pay(refunded, 10)).data.ErrorCode).toBe(13);
  });

  it('tells a certificate by SecretCode, or by Number without its secret', async () => {
    const card = await issue(100);
    const bySecret = await send('Info', { SecretCode: card.SecretCode });
    expect(bySecret.data).toEqual({ ErrorCode: 0, Message: null, SertCard: card });
    const byNumber = await send('Info', { Number: card.Number });
    expect(byNumber.data.SertCard).toEqual({ ...card, SecretCode: null });
    expect((await send('Info', { SecretCode: 'NOSUCHCODE00' })).data).toEqual({
      ErrorCode: 10,
      Message: 'no such certificate',
      SertCard: null,
    });
    expect((await send('Info', { Number: card.Number + 1_000_000 })).data.ErrorCode).toBe(10);
    const neither = await send('Info', {});
    expect([neither.status, neither.data.ErrorCode]).toEqual([400, 400]);
  });

  it("returns an order's payments to their certificates once, however often asked", async () => {
    const a = await issue(100);
    const b = await issue(200);
    const order = orderNo();
    await pay(a, 30, order, 'pos-r');
    await pay(b, 200, order, 'pos-r');
    const back = await send('PayRefund', { PosCode: 'pos-r', OrderNumber: order });
    expect(back.data.ErrorCode).toBe(0);
    expect(back.data.Amount).toBe(230);
    expect(back.data.SertCards.map((c: any) => [c.Number, c.Remain, c.SertCardStatus])).toEqual([
      [a.Number, 100, 'Active'],
      [b.Number, 200, 'Active'],
    ]);
    const twice = await send('PayRefund', { PosCode: 'pos-r', OrderNumber: order });
    expect(twice.data).toEqual(back.data);
    const unknown = await send('PayRefund', { PosCode: 'pos-r', OrderNumber: 'never-paid' });
    expect(unknown.data).toMatchObject({ ErrorCode: 18, SertCards: null, Amount: null });
    // the returned payment sent again is refused and takes nothing; a new order pays
    const retried = await send('Pay', {
      SecretCode: a.SecretCode,
      Amount: 30,
      OrderNumber: order,
      PosCode: 'pos-r',
    });
    expect([retried.status, retried.data.ErrorCode]).toEqual([200, 19]);
    expect((await send('Info', { SecretCode: a.SecretCode })).data.SertCard.Remain).toBe(100);
    const anew = await send('Pay', {
      SecretCode: a.SecretCode,
      Amount: 30,
      OrderNumber: orderNo(),
      PosCode: 'pos-r',
    });
    expect([anew.data.ErrorCode, anew.data.SertCard.Remain]).toEqual([0, 70]);
  });

  it('returns only the payment of one certificate when SecretCode is given', async () => {
    const a = await issue(100);
    const b = await issue(100);
    const order = orderNo();
    await pay(a, 10, order, 'pos-s');
    await pay(b, 20, order, 'pos-s');
    const back = await send('PayRefund', { PosCode: 'pos-s', OrderNumber: order, SecretCode: b.SecretCode });
    expect(back.data.Amount).toBe(20);
    expect(back.data.SertCards.map((c: any) => [c.Number, c.Remain])).toEqual([[b.Number, 100]]);
    expect((await send('Info', { SecretCode: a.SecretCode })).data.SertCard.Remain).toBe(90);
  });
});
