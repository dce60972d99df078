import { clrNamespace, DataContract, DataMember } from '../../contract';

/** The seed's NumberFromGoods types as the original declares them (test copies, independent of the app). */
const ABSTRACTIONS = clrNamespace('LCManagerPartner.Implementation.Abstractions');
const REQUEST = clrNamespace('LCManagerPartner.Implementation.Request.SertCardRequest');
const RESPONSE = clrNamespace('LCManagerPartner.Implementation.Response.SertCardResponse');

@DataContract({ name: 'BaseRequest', namespace: ABSTRACTIONS })
export class BaseRequest {
  @DataMember('int') Operator?: number | null;
  @DataMember('int') Token?: number | null;
  @DataMember('string') SiteCode?: string | null;
}

@DataContract({ name: 'NumberFromGoodsRequest.NumberFromGoodsGood', namespace: REQUEST })
export class Good {
  @DataMember('long') Id?: number | null;
  @DataMember('string') Name?: string | null;
  @DataMember('int') Quantity?: number;
  @DataMember('decimal') Price?: number;
  @DataMember('string') ItemCode?: string | null;
}

@DataContract({ name: 'NumberFromGoodsRequest', namespace: REQUEST })
export class Request extends BaseRequest {
  @DataMember('string') PosCode?: string;
  @DataMember('int') SertCardSeries?: number;
  @DataMember('string') OrderNumber?: string;
  @DataMember('boolean') Refund?: boolean;
  @DataMember('long') Client?: number | null;
  @DataMember('long') ClientIShop?: number | null;
  @DataMember('string') Email?: string | null;
  @DataMember('long') Phone?: number | null;
  @DataMember('long') ChequeId?: number | null;
  @DataMember({ type: () => Good, list: true }) Goods?: Good[] | null;
}

@DataContract({ name: 'BaseResponse', namespace: ABSTRACTIONS })
export class BaseResponse {
  @DataMember('int') ErrorCode: number;
  @DataMember('string') Message: string | null;
}

@DataContract({ name: 'NumberFromGoodsResponse.NumberFromGoodsSertCard', namespace: RESPONSE })
export class SertCard {
  @DataMember('int') Number: number;
  @DataMember('string') SecretCode: string;
  @DataMember('decimal') Nominal: number;
  @DataMember('decimal') Remain: number;
  @DataMember('dateTime') SertExpDate: string;
  @DataMember('string') SertCardStatus: string;
  @DataMember('string') SertCardStatusPurchase: string;
  @DataMember('boolean') AllowRefund: boolean;
  @DataMember('boolean') AllowRefundPurchase: boolean;
  @DataMember('boolean') AllowReuse: boolean;
}

@DataContract({ name: 'NumberFromGoodsResponse', namespace: RESPONSE })
export class Response extends BaseResponse {
  @DataMember({ type: () => SertCard, list: true }) SertCards: SertCard[] | null;
}
