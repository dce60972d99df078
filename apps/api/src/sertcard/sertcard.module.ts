import { Module, OnModuleInit } from '@nestjs/common';
import { ErrorRenderers } from '@app/http';
import { CertificatesRepository } from './certificates.repository';
import { PaymentsService } from './payments.service';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import { SertCardAdminController } from './sertcard-admin.controller';
import { sertCardErrorDoc, sertCardErrorRenderer } from './sertcard-error.renderer';
import { SertCardController } from './sertcard.controller';
import { SeriesRepository } from './series.repository';
import { SeriesService } from './series.service';

/** SertCard (seed 002): gift cards sold at checkout, in JSON or DataContract XML. */
@Module({
  controllers: [SertCardController, SertCardAdminController],
  providers: [
    SeriesRepository,
    SalesRepository,
    CertificatesRepository,
    SeriesService,
    SalesService,
    PaymentsService,
  ],
})
export class SertCardModule implements OnModuleInit {
  onModuleInit(): void {
    ErrorRenderers.register('/api/sertcard', sertCardErrorRenderer, sertCardErrorDoc);
  }
}
