import { seedSample } from './__fixtures__/seed-002';
import { Request } from './__fixtures__/seed-002/contracts';
import { readContract } from './reader';
import { parseXml } from './xml-parser';

function fromXml(xml: string) {
  const doc = parseXml(xml);
  return readContract(Request, doc.content, 'xml');
}

const REQ_NS =
  'http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Request.SertCardRequest';

describe(readContract.name, () => {
  it("reads the seed's XML request sample as the seed's JSON request sample", () => {
    const { value, problems } = fromXml(seedSample('request.xml'));
    expect(problems).toEqual([]);
    expect(value).toEqual(JSON.parse(seedSample('request.json')));
  });

  it('reads members in any order, with prefixes or without namespaces', () => {
    const prefixed = `<r:NumberFromGoodsRequest xmlns:r="${REQ_NS}" xmlns:b="urn:other">
      <r:SertCardSeries>3</r:SertCardSeries><b:Token>42</b:Token><r:PosCode>P1</r:PosCode>
      <r:Goods><r:NumberFromGoodsRequest.NumberFromGoodsGood><r:Quantity>2</r:Quantity><r:Price>10.50</r:Price>
      </r:NumberFromGoodsRequest.NumberFromGoodsGood></r:Goods></r:NumberFromGoodsRequest>`;
    expect(fromXml(prefixed)).toEqual({
      value: { SertCardSeries: 3, Token: 42, PosCode: 'P1', Goods: [{ Quantity: 2, Price: 10.5 }] },
      problems: [],
    });
    const bare =
      '<NumberFromGoodsRequest><PosCode>P1</PosCode><Operator>7</Operator></NumberFromGoodsRequest>';
    expect(fromXml(bare).value).toEqual({ PosCode: 'P1', Operator: 7 });
  });

  it('reads one collection item and many alike, and an empty collection as none', () => {
    const one =
      '<NumberFromGoodsRequest><Goods><G><ItemCode>A</ItemCode></G></Goods></NumberFromGoodsRequest>';
    expect(fromXml(one).value.Goods).toEqual([{ ItemCode: 'A' }]);
    const many =
      '<NumberFromGoodsRequest><Goods><G><ItemCode>A</ItemCode></G><G><ItemCode>B</ItemCode></G><G/></Goods></NumberFromGoodsRequest>';
    expect(fromXml(many).value.Goods).toEqual([{ ItemCode: 'A' }, { ItemCode: 'B' }, {}]);
    expect(fromXml('<NumberFromGoodsRequest><Goods/></NumberFromGoodsRequest>').value.Goods).toEqual([]);
  });

  it('reads i:nil as null', () => {
    const xml = `<NumberFromGoodsRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Email i:nil="true"/><Goods i:nil="true"/><Client i:nil="true"></Client></NumberFromGoodsRequest>`;
    expect(fromXml(xml).value).toEqual({ Email: null, Goods: null, Client: null });
  });

  it('refuses typed values that do not parse, naming the field, never making them zero', () => {
    const xml =
      '<NumberFromGoodsRequest><SertCardSeries>x1</SertCardSeries><Refund>yes</Refund><Goods><G><Quantity>abc</Quantity><Price>1e3</Price></G></Goods><Phone>99999999999999999999</Phone></NumberFromGoodsRequest>';
    const { problems } = fromXml(xml);
    expect(problems.map((p) => p.field)).toEqual([
      'SertCardSeries',
      'Refund',
      'Goods.0.Quantity',
      'Goods.0.Price',
      'Phone',
    ]);
    expect(problems[2].reason).toBe('Goods.0.Quantity must be an integer');
    expect(
      fromXml('<NumberFromGoodsRequest><SertCardSeries>2147483648</SertCardSeries></NumberFromGoodsRequest>')
        .problems,
    ).toEqual([{ field: 'SertCardSeries', reason: 'SertCardSeries must be a 32-bit integer' }]);
  });

  it('refuses a scalar that repeats or holds elements', () => {
    const { problems } = fromXml(
      '<NumberFromGoodsRequest><PosCode>a</PosCode><PosCode>b</PosCode><OrderNumber><x>1</x></OrderNumber></NumberFromGoodsRequest>',
    );
    expect(problems.map((p) => p.reason)).toEqual([
      'PosCode appears more than once',
      'OrderNumber must be a value, not elements',
    ]);
  });

  it('accepts whitespace around numbers and booleans, keeps strings as sent', () => {
    const xml =
      '<NumberFromGoodsRequest><SertCardSeries> 5 </SertCardSeries><Refund> 1 </Refund><PosCode> P </PosCode></NumberFromGoodsRequest>';
    expect(fromXml(xml).value).toEqual({ SertCardSeries: 5, Refund: true, PosCode: ' P ' });
  });

  it('matches JSON names case-insensitively, drops unknown ones, keeps JSON types for validation', () => {
    const { value } = readContract(
      Request,
      { posCode: 'P', SERTCARDSERIES: '3', goods: [{ itemcode: 'A', quantity: 1 }], extra: 1 },
      'json',
    );
    expect(value).toEqual({ PosCode: 'P', SertCardSeries: '3', Goods: [{ ItemCode: 'A', Quantity: 1 }] });
  });

  it('refuses bodies that are not objects and collections that are not arrays', () => {
    expect(readContract(Request, [1], 'json').problems).toEqual([{ reason: 'the body must be an object' }]);
    expect(readContract(Request, { Goods: { a: 1 } }, 'json').problems).toEqual([
      { field: 'Goods', reason: 'Goods must be an array' },
    ]);
    expect(readContract(Request, { Goods: [1] }, 'json').problems).toEqual([
      { field: 'Goods.0', reason: 'Goods.0 must be an object' },
    ]);
    expect(readContract(Request, undefined, 'json')).toEqual({ value: {}, problems: [] });
    expect(fromXml('<NumberFromGoodsRequest>  </NumberFromGoodsRequest>')).toEqual({
      value: {},
      problems: [],
    });
    expect(fromXml('<NumberFromGoodsRequest>text</NumberFromGoodsRequest>').problems).toEqual([
      { reason: 'the body must be an object' },
    ]);
  });
});
