import { Module } from '@nestjs/common';
import { PaycodesController } from './paycodes.controller';
import { PaycodesRepository } from './paycodes.repository';
import { PaycodesService } from './paycodes.service';

/** PayCodes (seed 001): rule-based single-use codes. */
@Module({ controllers: [PaycodesController], providers: [PaycodesRepository, PaycodesService] })
export class PaycodesModule {}
