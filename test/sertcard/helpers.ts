import type { ContractClass } from '../../libs/xml/src';
import { parseXml, readContract, writeXml } from '../../libs/xml/src';
import {
  NumberFromGoodsRequest,
  NumberFromGoodsResponse,
} from '../../apps/api/src/sertcard/dto/number-from-goods.dto';
import {
  InfoRequest,
  InfoResponse,
  PayRefundRequest,
  PayRefundResponse,
  PayRequest,
  PayResponse,
} from '../../apps/api/src/sertcard/dto/payment.dto';
import { Reply, TestApp } from '../helpers/test-app';

export const S = '/api/sertcard';

export interface Tenant {
  id: string;
  token: string;
  operatorId: number;
}

export type Format = 'json' | 'xml';
export type Route = 'NumberFromGoods' | 'Info' | 'Pay' | 'PayRefund';

const CONTRACTS: Record<Route, { request: ContractClass; response: ContractClass }> = {
  NumberFromGoods: { request: NumberFromGoodsRequest, response: NumberFromGoodsResponse },
  Info: { request: InfoRequest, response: InfoResponse },
  Pay: { request: PayRequest, response: PayResponse },
  PayRefund: { request: PayRefundRequest, response: PayRefundResponse },
};

export interface SertReply extends Reply {
  /** The answer read back through its contract (JSON as sent; XML typed by the contract). */
  data: any;
}

/** Reads an answer of a SertCard route in either format into the same plain shape. */
export function readAnswer(route: Route, res: Reply): any {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('xml')) {
    const doc = parseXml(res.text);
    const { value, problems } = readContract(CONTRACTS[route].response, doc.content, 'xml');
    if (problems.length) throw new Error(`unreadable XML answer: ${JSON.stringify(problems)}`);
    return value;
  }
  return res.body;
}

/** Calls a SertCard route in JSON or DataContract XML (built by our own writer from the DTO classes). */
export async function call(
  t: TestApp,
  format: Format,
  route: Route,
  body: Record<string, unknown>,
  auth: { token?: string } = {},
  headers: Record<string, string> = {},
): Promise<SertReply> {
  const raw = format === 'xml' ? writeXml(CONTRACTS[route].request, body) : JSON.stringify(body);
  const res = await t.request('POST', `${S}/${route}`, {
    token: auth.token,
    raw,
    headers: { 'content-type': format === 'xml' ? 'application/xml' : 'application/json', ...headers },
  });
  return { ...res, data: readAnswer(route, res) };
}

export async function createSeries(t: TestApp, tenant: Tenant, body: Record<string, unknown> = {}) {
  const res = await t.request('POST', `${S}/series`, {
    token: tenant.token,
    body: {
      name: 'Gift card',
      item_codes: ['GIFT'],
      validity_days: 365,
      allow_refund: true,
      allow_reuse: true,
      ...body,
    },
  });
  if (res.status !== 201) throw new Error(`series not created: ${res.text}`);
  return res.body;
}

let orders = 0;
/** A fresh order number per call, so tests never collide. */
export function orderNo(): string {
  orders += 1;
  return `ord-${Date.now()}-${process.pid}-${orders}`;
}

export function sale(series: number, goods: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    PosCode: 'pos-1',
    SertCardSeries: series,
    OrderNumber: orderNo(),
    Refund: false,
    Goods: goods,
    ...extra,
  };
}

export function good(
  ItemCode: string | null,
  Quantity: number,
  Price: number,
  extra: Record<string, unknown> = {},
) {
  return { Id: 1, Name: `goods ${ItemCode}`, Quantity, Price, ItemCode, ...extra };
}

export async function certificateCount(t: TestApp, tenant: Tenant): Promise<number> {
  const [row] = await t.db.query(
    `SELECT count(*)::int AS n FROM sertcard_certificates WHERE organization_id = $1`,
    [tenant.id],
  );
  return row.n;
}
