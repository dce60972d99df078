import type { Type } from '@nestjs/common';
import { CertificatesModule } from './certificates/certificates.module';
import { PaycodesModule } from './paycodes/paycodes.module';
import { SertCardModule } from './sertcard/sertcard.module';

/** The feature modules the service serves; each module adds itself here. */
export const FEATURE_MODULES: Type<unknown>[] = [CertificatesModule, PaycodesModule, SertCardModule];
