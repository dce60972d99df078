import type { Type } from '@nestjs/common';
import { CardGroupsModule } from './card-groups/card-groups.module';
import { CardsModule } from './cards/cards.module';
import { CertificatesModule } from './certificates/certificates.module';
import { LevelsModule } from './levels/levels.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PaycodesModule } from './paycodes/paycodes.module';
import { SertCardModule } from './sertcard/sertcard.module';

/** The feature modules the service serves; each module adds itself here. */
export const FEATURE_MODULES: Type<unknown>[] = [
  CertificatesModule,
  PaycodesModule,
  CardGroupsModule,
  CardsModule,
  LevelsModule,
  NotificationsModule,
  SertCardModule,
];
