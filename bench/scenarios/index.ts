import type { Scenario } from '../lib/types';
import { byPhone, cardFilter } from './cards';
import { balanceInfo, spendPoints } from './ledger';
import { bulkCreate, getCertificate, listMillion } from './certificates';
import { generateList100k, generateListMillion, useCode } from './paycodes';
import { numberFromGoodsXml } from './sertcard';

/** Every scenario, in the order quality.md lists them; modules add theirs here. */
export function scenarios(quick: boolean): Scenario[] {
  return [
    getCertificate,
    generateList100k,
    generateListMillion(quick),
    useCode,
    numberFromGoodsXml,
    bulkCreate,
    listMillion,
    cardFilter,
    byPhone,
    balanceInfo,
    spendPoints,
  ];
}
