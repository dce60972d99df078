import { Body, Controller, HttpCode, Module, OnModuleInit, Post } from '@nestjs/common';
import { DomainError, ErrorRenderers, LegacyAuth } from '../../libs/http/src';
import { Negotiated, negotiatedErrorRenderer } from '../../libs/xml/src';
import { compactXml, seedSample } from '../../libs/xml/src/__fixtures__/seed-002';
import { Request, Response } from '../../libs/xml/src/__fixtures__/seed-002/contracts';
import { TestApp } from '../helpers/test-app';

/** A route that declares the seed's contracts and echoes what it read. */
@Controller('xml-probe')
class XmlProbeController {
  @Post('echo')
  @HttpCode(200)
  @LegacyAuth()
  @Negotiated({ request: Request, response: Response })
  echo(@Body() body: any): Response {
    if (body.PosCode === 'refuse')
      throw new DomainError('unprocessable', 'refused', 'refused', undefined, { errorCode: 7 });
    return {
      ErrorCode: 0,
      Message: JSON.stringify(body),
      SertCards: (body.Goods ?? []).map((g: any, i: number) => ({
        Number: i + 1,
        SecretCode: g.ItemCode,
        Nominal: g.Price,
        Remain: g.Price,
        SertExpDate: '2024-04-29T14:09:27.2527486+03:00',
        SertCardStatus: 'Active',
        SertCardStatusPurchase: 'Sold',
        AllowRefund: true,
        AllowRefundPurchase: true,
        AllowReuse: false,
      })),
    };
  }

  @Post('plain')
  @HttpCode(200)
  plain(@Body() body: any) {
    return { got: body };
  }
}

@Module({ controllers: [XmlProbeController] })
class XmlProbeModule implements OnModuleInit {
  onModuleInit() {
    ErrorRenderers.register(
      '/xml-probe',
      negotiatedErrorRenderer({
        fallback: Response,
        body: (error) => ({
          status: error.extra?.errorCode ? 200 : error.status,
          value: { ErrorCode: (error.extra?.errorCode as number) ?? error.status, Message: error.message },
        }),
      }),
    );
  }
}

describe('libs/xml: content negotiation through the app', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start({}, undefined, [XmlProbeModule]);
    token = (await t.newTenant()).token;
  });
  afterAll(() => t.close());

  const xml = (body: string, headers: Record<string, string> = {}, url = '/xml-probe/echo') =>
    t.request('POST', url, { token, raw: body, headers: { 'content-type': 'application/xml', ...headers } });

  it("reads the seed's XML sample as its JSON sample and answers XML to an XML client", async () => {
    const res = await xml(seedSample('request.xml'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const message = /<Message [^>]*>(.*?)<\/Message>/.exec(res.text)![1].replace(/&quot;/g, '"');
    expect(JSON.parse(message)).toEqual(JSON.parse(seedSample('request.json')));
    expect(res.text).toMatch(/^<NumberFromGoodsResponse xmlns:i=/);
    expect(res.text).toContain(
      '<NumberFromGoodsResponse.NumberFromGoodsSertCard><AllowRefund>true</AllowRefund>',
    );
  });

  it('answers in the Accept type, text/xml and text/json included', async () => {
    const asJson = await xml(seedSample('request.xml'), { accept: 'application/json' });
    expect(asJson.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(asJson.body.SertCards[0].Nominal).toBe(1);
    expect(asJson.text).toContain('"Nominal":1.0');
    const textXml = await t.request('POST', '/xml-probe/echo', {
      token,
      raw: JSON.stringify({ posCode: 'P', goods: [{ price: 2.5, itemCode: 'A' }] }),
      headers: { 'content-type': 'text/json', accept: 'text/xml;q=0.9, application/json;q=0.1' },
    });
    expect(textXml.status).toBe(200);
    expect(textXml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(textXml.text).toContain('<Nominal>2.5</Nominal>');
    expect(textXml.text).toContain('{"PosCode":"P","Goods":[{"Price":2.5,"ItemCode":"A"}]}');
  });

  it('authenticates with the Operator/Token pair inside an XML body', async () => {
    const tenant = await t.newTenant();
    const legacy = await t.admin('POST', `/admin/organizations/${tenant.id}/legacy-tokens`, { token: 5150 });
    expect(legacy.status).toBe(201);
    const body = `<NumberFromGoodsRequest><Operator>${tenant.operatorId}</Operator><Token>5150</Token><PosCode>x</PosCode></NumberFromGoodsRequest>`;
    const ok = await t.request('POST', '/xml-probe/echo', {
      raw: body,
      headers: { 'content-type': 'text/xml' },
    });
    expect(ok.status).toBe(200);
    const bad = await t.request('POST', '/xml-probe/echo', {
      raw: body.replace('5150', '5151'),
      headers: { 'content-type': 'text/xml' },
    });
    expect(bad.status).toBe(401);
    expect(bad.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(bad.text).toContain('>401</ErrorCode>');
  });

  it('answers malformed XML, DOCTYPE and type errors with 400 in the response contract and format', async () => {
    const doctype = await xml(
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><NumberFromGoodsRequest>&e;</NumberFromGoodsRequest>',
    );
    expect(doctype.status).toBe(400);
    expect(doctype.text).toMatch(
      /^<NumberFromGoodsResponse .*<ErrorCode [^>]*>400<\/ErrorCode><Message [^>]*>XML with a DOCTYPE/,
    );
    expect(doctype.text).toContain('<SertCards i:nil="true" />');
    const typed = await xml(
      '<NumberFromGoodsRequest><Goods><G><Quantity>abc</Quantity></G></Goods></NumberFromGoodsRequest>',
      {
        accept: 'application/json',
      },
    );
    expect(typed.status).toBe(400);
    expect(typed.body).toEqual({
      SertCards: null,
      ErrorCode: 400,
      Message: 'Goods.0.Quantity must be an integer',
    });
    const root = await xml('<Other/>');
    expect(root.status).toBe(400);
    expect(root.text).toContain('root element must be NumberFromGoodsRequest');
    expect((await xml('<NumberFromGoodsRequest><a>')).status).toBe(400);
  });

  it('answers business refusals with HTTP 200 and their ErrorCode', async () => {
    const res = await xml('<NumberFromGoodsRequest><PosCode>refuse</PosCode></NumberFromGoodsRequest>');
    expect(res.status).toBe(200);
    expect(compactXml(res.text)).toContain('>7</ErrorCode>');
  });

  it('refuses other content types with 415, and XML on routes that do not negotiate', async () => {
    const form = await t.request('POST', '/xml-probe/echo', {
      token,
      raw: 'PosCode=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/xml' },
    });
    expect(form.status).toBe(415);
    expect(form.text).toContain('>415</ErrorCode>');
    const latin = await xml('<NumberFromGoodsRequest/>', {
      'content-type': 'application/xml; charset=windows-1251',
    });
    expect(latin.status).toBe(415);
    const plain = await xml('<x/>', {}, '/xml-probe/plain');
    expect(plain.status).toBe(415);
    expect(plain.body).toMatchObject({ statusCode: 415, error: 'unsupported_media_type' });
  });

  it('matches paths case-insensitively and answers unknown paths in the fallback contract', async () => {
    expect((await xml('<NumberFromGoodsRequest/>', {}, '/XML-PROBE/Echo')).status).toBe(200);
    const missing = await xml('<NumberFromGoodsRequest/>', {}, '/xml-probe/nothing');
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/^<NumberFromGoodsResponse .*>404<\/ErrorCode>/);
  });

  it('answers an empty body with JSON', async () => {
    const res = await t.request('POST', '/xml-probe/echo', { token });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toEqual({ SertCards: [], ErrorCode: 0, Message: '{}' });
  });
});
