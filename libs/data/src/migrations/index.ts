import { Foundation1763870400000 } from './1763870400000-Foundation';
import { PayCodes1763870600000 } from './1763870600000-PayCodes';
import { Certificates1763870500000 } from './1763870500000-Certificates';
import { SertCard1763870700000 } from './1763870700000-SertCard';
import { Cards1763870800000 } from './1763870800000-Cards';
import { CardLedger1763870900000 } from './1763870900000-CardLedger';
import { PaycodeRuleCounts1763871000000 } from './1763871000000-PaycodeRuleCounts';

/** Every migration, oldest first; feature modules append theirs. */
export const MIGRATIONS = [
  Foundation1763870400000,
  Certificates1763870500000,
  PayCodes1763870600000,
  SertCard1763870700000,
  Cards1763870800000,
  CardLedger1763870900000,
  PaycodeRuleCounts1763871000000,
];
