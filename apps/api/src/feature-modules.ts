import type { Type } from '@nestjs/common';
import { CertificatesModule } from './certificates/certificates.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PaycodesModule } from './paycodes/paycodes.module';

/** The feature modules the service serves; each module adds itself here. */
export const FEATURE_MODULES: Type<unknown>[] = [CertificatesModule, PaycodesModule, NotificationsModule];
