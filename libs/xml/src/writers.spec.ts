import { clrNamespace, DataContract, DataMember, resolveContract } from './contract';
import { compactJson, compactXml, seedSample } from './__fixtures__/seed-002';
import { Request, Response, SertCard } from './__fixtures__/seed-002/contracts';
import { writeJson, writeXml } from './writers';

const card: SertCard = {
  Number: 1,
  SecretCode: 'sample string 1',
  Nominal: 1.0,
  Remain: 1.0,
  SertExpDate: '2024-04-29T14:09:27.2527486+03:00',
  SertCardStatus: 'sample string 2',
  SertCardStatusPurchase: 'sample string 3',
  AllowRefund: true,
  AllowRefundPurchase: true,
  AllowReuse: true,
};
const seedResponse: Response = { SertCards: [card, { ...card }], ErrorCode: 1, Message: 'sample string 2' };

describe(writeXml.name, () => {
  it("writes the seed's response sample exactly (modulo whitespace)", () => {
    expect(writeXml(Response, seedResponse)).toBe(compactXml(seedSample('response.xml')));
  });

  it('puts base members first, in their namespace, then own members, each group in ordinal order', () => {
    const xml = writeXml(Request, { PosCode: 'p', Goods: [], Operator: 7, SiteCode: 's', Token: 9 });
    const names = [...xml.matchAll(/<([A-Za-z.]+)[ >/]/g)].map((m) => m[1]);
    expect(names).toEqual([
      'NumberFromGoodsRequest',
      'Operator',
      'SiteCode',
      'Token',
      'ChequeId',
      'Client',
      'ClientIShop',
      'Email',
      'Goods',
      'OrderNumber',
      'Phone',
      'PosCode',
      'Refund',
      'SertCardSeries',
    ]);
    const abstractions = clrNamespace('LCManagerPartner.Implementation.Abstractions');
    expect(xml).toContain(`<Operator xmlns="${abstractions}">7</Operator>`);
    expect(xml).toContain('<PosCode>p</PosCode>');
  });

  it('orders case-sensitively (ordinal) and honours explicit Order', () => {
    @DataContract({ namespace: 'urn:t' })
    class Mixed {
      @DataMember('int') b: number;
      @DataMember('int') B: number;
      @DataMember('int') a: number;
      @DataMember({ type: 'int', order: 1 }) A: number;
    }
    expect(resolveContract(Mixed).xmlMembers.map((m) => m.name)).toEqual(['B', 'a', 'b', 'A']);
  });

  it('writes null and missing members as i:nil, empty collections as an empty element, as .NET closes them', () => {
    const xml = writeXml(Response, { ErrorCode: 0, Message: null, SertCards: null });
    expect(xml).toContain(
      '<Message i:nil="true" xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Abstractions" />',
    );
    expect(xml).toContain('<SertCards i:nil="true" />');
    expect(writeXml(Response, { ErrorCode: 0, Message: null, SertCards: [] })).toContain('<SertCards />');
  });

  it('writes numbers invariantly without exponent or trailing zeros, and escapes text', () => {
    const xml = writeXml(Response, {
      ErrorCode: 0,
      Message: 'a < b & c > d\u0001',
      SertCards: [{ ...card, Nominal: 1500.5, Remain: '100.50', Number: 2147483647 }],
    });
    expect(xml).toContain('<Nominal>1500.5</Nominal>');
    expect(xml).toContain('<Remain>100.5</Remain>');
    expect(xml).toContain('<Number>2147483647</Number>');
    expect(xml).toContain('>a &lt; b &amp; c &gt; d</Message>');
    expect(
      writeXml(Response, { ErrorCode: 0, Message: null, SertCards: [{ ...card, Nominal: 1e21 }] }),
    ).toContain('<Nominal>1000000000000000000000</Nominal>');
  });

  it('writes collections of scalars with the serialization arrays namespace', () => {
    @DataContract({ namespace: 'urn:t' })
    class Tags {
      @DataMember({ type: 'string', list: true }) Names: string[];
    }
    expect(writeXml(Tags, { Names: ['x', 'y'] })).toBe(
      '<Tags xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:t"><Names>' +
        '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">x</string>' +
        '<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">y</string></Names></Tags>',
    );
  });
});

describe(writeJson.name, () => {
  it("writes the seed's response JSON sample exactly (modulo whitespace), 1.0 included", () => {
    expect(writeJson(Response, seedResponse)).toBe(compactJson(seedSample('response.json')));
  });

  it("writes the seed's request JSON sample in its member order", () => {
    const sample = JSON.parse(seedSample('request.json'));
    expect(writeJson(Request, sample)).toBe(compactJson(seedSample('request.json')));
  });

  it('writes null members as null', () => {
    expect(writeJson(Response, { ErrorCode: 5, Message: null, SertCards: null })).toBe(
      '{"SertCards":null,"ErrorCode":5,"Message":null}',
    );
  });
});
