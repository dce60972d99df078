import { parseXml, readContract, writeJson, writeXml } from '@app/xml';
import { compactJson, compactXml, seedSample } from '../../../../../libs/xml/src/__fixtures__/seed-002';
import { NumberFromGoodsRequest, NumberFromGoodsResponse } from './number-from-goods.dto';

/** The module's DTO classes against the seed's samples (the fixtures of libs/xml). */
describe('SertCard DataContracts', () => {
  const card = {
    Number: 1,
    SecretCode: 'sample string 1',
    Nominal: 1,
    Remain: 1,
    SertExpDate: '2024-04-29T14:09:27.2527486+03:00',
    SertCardStatus: 'sample string 2',
    SertCardStatusPurchase: 'sample string 3',
    AllowRefund: true,
    AllowRefundPurchase: true,
    AllowReuse: true,
  } as const;
  const response = {
    SertCards: [card, card],
    ErrorCode: 1,
    Message: 'sample string 2',
  } as unknown as NumberFromGoodsResponse;

  it("write the seed's response samples in XML and JSON", () => {
    expect(writeXml(NumberFromGoodsResponse, response)).toBe(compactXml(seedSample('response.xml')));
    expect(writeJson(NumberFromGoodsResponse, response)).toBe(compactJson(seedSample('response.json')));
  });

  it("read the seed's XML request sample as its JSON sample, and write the request samples back", () => {
    const { value, problems } = readContract(
      NumberFromGoodsRequest,
      parseXml(seedSample('request.xml')).content,
      'xml',
    );
    expect(problems).toEqual([]);
    expect(value).toEqual(JSON.parse(seedSample('request.json')));
    expect(writeXml(NumberFromGoodsRequest, value)).toBe(compactXml(seedSample('request.xml')));
    expect(writeJson(NumberFromGoodsRequest, value)).toBe(compactJson(seedSample('request.json')));
  });
});
