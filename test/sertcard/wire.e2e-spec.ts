import { compactJson, compactXml, seedSample } from '../../libs/xml/src/__fixtures__/seed-002';
import { TestApp } from '../helpers/test-app';
import { call, certificateCount, createSeries, Format, good, S, sale, Tenant } from './helpers';

describe('SertCard on the wire: seed samples, legacy login, formats, tenancy', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
  });
  afterAll(() => t.close());

  const post = (
    raw: string,
    headers: Record<string, string>,
    token: string | null = tenant.token,
    route = 'NumberFromGoods',
  ) => t.request('POST', `${S}/${route}`, { token, raw, headers });

  it("accepts the seed's XML and JSON request samples as they are", async () => {
    const series = await createSeries(t, tenant, { id: 1, item_codes: ['sample string 2'] });
    expect(series.id).toBe(1);
    // the samples are refunds (Refund true) of an order never sold
    const xml = await post(seedSample('request.xml'), { 'content-type': 'application/xml' });
    expect(xml.status).toBe(200);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(compactXml(xml.text)).toBe(
      '<NumberFromGoodsResponse xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Response.SertCardResponse">' +
        '<ErrorCode xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Abstractions">4</ErrorCode>' +
        '<Message xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Abstractions">no certificates were issued for this PosCode and OrderNumber</Message>' +
        '<SertCards i:nil="true" /></NumberFromGoodsResponse>',
    );
    const json = await post(seedSample('request.json'), { 'content-type': 'text/json' });
    expect(json.headers['content-type']).toBe('text/json; charset=utf-8');
    expect(json.text).toBe(
      '{"SertCards":null,"ErrorCode":4,"Message":"no certificates were issued for this PosCode and OrderNumber"}',
    );
    // as a sale, the XML sample issues its two certificates
    const sold = await post(
      seedSample('request.xml').replace('<Refund>true</Refund>', '<Refund>false</Refund>'),
      {
        'content-type': 'text/xml',
      },
    );
    expect(sold.text.match(/<NumberFromGoodsResponse\.NumberFromGoodsSertCard>/g)).toHaveLength(2);
    expect(sold.text).toContain(
      '<ErrorCode xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Abstractions">0</ErrorCode>',
    );
    expect(sold.text).toContain(
      '<Message i:nil="true" xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Abstractions" />',
    );
    // the answer has the seed's element order
    const names = [...compactXml(sold.text).matchAll(/<([A-Za-z.]+)[ >/]/g)].map((m) => m[1]);
    const sampleNames = [...compactXml(seedSample('response.xml')).matchAll(/<([A-Za-z.]+)[ >/]/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(sampleNames);
    const asJson = await post(seedSample('request.json').replace('"Refund": true', '"Refund": false'), {
      'content-type': 'application/json',
    });
    // a retry: the same two certificates, in the seed's JSON member order
    const keys = Object.keys(asJson.body.SertCards[0]);
    expect(keys).toEqual(Object.keys(JSON.parse(seedSample('response.json')).SertCards[0]));
    expect(Object.keys(asJson.body)).toEqual(['SertCards', 'ErrorCode', 'Message']);
    expect(compactJson(asJson.text)).toMatch(/"Nominal":1\.0,"Remain":1\.0/);
  });

  it('logs in with Operator + Token in JSON or XML; a failed login is 401 in the response shape', async () => {
    const legacy = await t.admin('POST', `/admin/organizations/${tenant.id}/legacy-tokens`, { token: 777 });
    expect(legacy.status).toBe(201);
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 1, 10)], { Operator: tenant.operatorId, Token: 777 });
    const json = await call(t, 'json', 'NumberFromGoods', body);
    expect(json.data.ErrorCode).toBe(0);
    const lower = await t.request('POST', `${S}/numberfromgoods`, {
      body: {
        operator: tenant.operatorId,
        token: 777,
        poscode: 'p',
        ordernumber: 'lower-1',
        sertcardseries: series.id,
        goods: [{ quantity: 1, price: 1, itemcode: 'GIFT' }],
      },
    });
    expect(lower.body.ErrorCode).toBe(0);
    const xml = await call(t, 'xml', 'NumberFromGoods', { ...body, OrderNumber: 'xml-legacy' });
    expect(xml.data.ErrorCode).toBe(0);
    const count = await certificateCount(t, tenant);
    const wrong = await call(t, 'xml', 'NumberFromGoods', { ...body, Token: 778 });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(wrong.data).toEqual({ ErrorCode: 401, Message: 'a valid token is required', SertCards: null });
    const none = await call(t, 'json', 'Info', { Number: 1 });
    expect([none.status, none.data.ErrorCode]).toEqual([401, 401]);
    expect(await certificateCount(t, tenant)).toBe(count);
  });

  it('refuses legacy login when the organization switched it off', async () => {
    const org = await t.newTenant({ legacy_tokens_enabled: false });
    await t.admin('POST', `/admin/organizations/${org.id}/legacy-tokens`, { token: 5 });
    const res = await call(t, 'json', 'Info', { Number: 1, Operator: org.operatorId, Token: 5 });
    expect(res.status).toBe(401);
  });

  it('answers in the Accept type, with q-values; form bodies get 415 in the response shape', async () => {
    const series = await createSeries(t, tenant);
    const res = await call(t, 'json', 'NumberFromGoods', sale(series.id, [good('GIFT', 1, 10)]), tenant, {
      accept: 'application/json;q=0.4, text/xml;q=0.8',
    });
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(res.data.SertCards).toHaveLength(1);
    const form = await post('PosCode=1&OrderNumber=2', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body).toMatchObject({ ErrorCode: 415, SertCards: null });
    const dtd = await post(
      '<!DOCTYPE x [<!ENTITY a "b">]><NumberFromGoodsRequest>&a;</NumberFromGoodsRequest>',
      {
        'content-type': 'text/xml',
      },
    );
    expect(dtd.status).toBe(400);
    expect(dtd.headers['content-type']).toBe('text/xml; charset=utf-8');
    const typed = await post(
      '<NumberFromGoodsRequest><SertCardSeries>one</SertCardSeries></NumberFromGoodsRequest>',
      {
        'content-type': 'application/xml',
      },
    );
    expect(typed.status).toBe(400);
    expect(typed.text).toContain('SertCardSeries must be an integer');
    const malformedJson = await post('{"PosCode": ', { 'content-type': 'application/json' });
    expect(malformedJson.status).toBe(400);
    expect(malformedJson.body).toMatchObject({ ErrorCode: 400, SertCards: null });
    const wrongRoot = await post('<InfoRequest/>', { 'content-type': 'application/xml' });
    expect(wrongRoot.status).toBe(400);
    const info = await post(
      '<NumberFromGoodsRequest/>',
      { 'content-type': 'application/xml' },
      tenant.token,
      'Info',
    );
    expect(info.status).toBe(400);
    expect(info.text).toMatch(
      /^<InfoResponse .*root element must be InfoRequest.*<SertCard i:nil="true" \/><\/InfoResponse>$/,
    );
  });

  it.each<Format>(['json', 'xml'])(
    "answers another organization's certificates exactly as unknown ones (%s)",
    async (format) => {
      const series = await createSeries(t, tenant);
      const body = sale(series.id, [good('GIFT', 1, 100)]);
      const [card] = (await call(t, format, 'NumberFromGoods', body, tenant)).data.SertCards;
      const other = await t.newTenant();
      const unknown = { ErrorCode: 10, Message: 'no such certificate', SertCard: null };
      expect((await call(t, format, 'Info', { Number: card.Number }, other)).data).toEqual(unknown);
      expect((await call(t, format, 'Info', { SecretCode: card.SecretCode }, other)).data).toEqual(unknown);
      const pay = await call(
        t,
        format,
        'Pay',
        { SecretCode: card.SecretCode, Amount: 1, OrderNumber: 'x', PosCode: 'p' },
        other,
      );
      expect(pay.data).toEqual({ ...unknown, Amount: null });
      const refund = await call(
        t,
        format,
        'NumberFromGoods',
        { PosCode: body.PosCode, OrderNumber: body.OrderNumber, Refund: true },
        other,
      );
      expect(refund.data.ErrorCode).toBe(4);
      const block = await t.request('POST', `${S}/${card.Number}/block`, { token: other.token });
      expect(block.status).toBe(404);
      expect((await t.request('POST', `${S}/99999999999/block`, { token: other.token })).status).toBe(404);
      // the other organization may use the same PosCode + OrderNumber for its own sale
      const own = await createSeries(t, other);
      const theirs = await call(t, format, 'NumberFromGoods', { ...body, SertCardSeries: own.id }, other);
      expect(theirs.data.ErrorCode).toBe(0);
      expect(
        (await call(t, format, 'Info', { SecretCode: card.SecretCode }, tenant)).data.SertCard.Remain,
      ).toBe(100);
    },
  );

  it('throttles repeated look-ups of unknown secrets with 429', async () => {
    const t2 = await TestApp.start({ THROTTLE_LIMIT: '3' });
    try {
      const org = await t2.newTenant();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await call(t2, 'json', 'Info', { SecretCode: `GUESS${i}XXXXXXX` }, org)).status);
      }
      expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
      expect(codes[3]).toBe(429);
      const blocked = await call(
        t2,
        'xml',
        'Pay',
        { SecretCode: 'X', Amount: 1, OrderNumber: 'o', PosCode: 'p' },
        org,
      );
      expect(blocked.status).toBe(429);
      expect(blocked.data).toMatchObject({ ErrorCode: 429 });
    } finally {
      await t2.close();
    }
  });

  it('replays an Idempotency-Key answer byte for byte in XML', async () => {
    const series = await createSeries(t, tenant);
    const body = sale(series.id, [good('GIFT', 1, 10)]);
    const first = await call(t, 'xml', 'NumberFromGoods', body, tenant, {
      'idempotency-key': `k-${body.OrderNumber}`,
    });
    const again = await call(t, 'xml', 'NumberFromGoods', body, tenant, {
      'idempotency-key': `k-${body.OrderNumber}`,
    });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
  });
});
