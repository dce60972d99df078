import type { Scenario } from '../lib/types';
import { bulkCreate, getCertificate, listMillion } from './certificates';

/** Every scenario, in the order quality.md lists them; modules add theirs here. */
export const SCENARIOS: Scenario[] = [getCertificate, bulkCreate, listMillion];
