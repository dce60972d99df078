import { Module } from '@nestjs/common';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';

/** Site payment certificates (seed 000) under `/external/payment-certificate`. */
@Module({
  controllers: [CertificatesController],
  providers: [CertificatesRepository, CertificatesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
