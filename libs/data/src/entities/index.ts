import { ApiTokenEntity } from './api-token.entity';
import { CertificateEntity, CertificateSequenceEntity } from './certificate.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { LegacyTokenEntity } from './legacy-token.entity';
import { OrganizationEntity } from './organization.entity';
import { PaycodeEntity, PaycodePatternEntity, PaycodeRuleEntity } from './paycode.entity';
import {
  SertCardCertificateEntity,
  SertCardPaymentEntity,
  SertCardRefundEntity,
  SertCardSaleEntity,
  SertCardSeriesEntity,
} from './sertcard.entity';
import { ThrottleCounterEntity } from './throttle-counter.entity';

export * from './api-token.entity';
export * from './certificate.entity';
export * from './idempotency-record.entity';
export * from './legacy-token.entity';
export * from './organization.entity';
export * from './paycode.entity';
export * from './sertcard.entity';
export * from './throttle-counter.entity';

/** Every entity of the service; feature modules add theirs here. */
export const ENTITIES = [
  OrganizationEntity,
  ApiTokenEntity,
  LegacyTokenEntity,
  IdempotencyRecordEntity,
  ThrottleCounterEntity,
  CertificateEntity,
  CertificateSequenceEntity,
  PaycodePatternEntity,
  PaycodeRuleEntity,
  PaycodeEntity,
  SertCardSeriesEntity,
  SertCardSaleEntity,
  SertCardCertificateEntity,
  SertCardRefundEntity,
  SertCardPaymentEntity,
];
