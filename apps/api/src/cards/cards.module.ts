import { Module } from '@nestjs/common';
import { CardApiModule } from '../card-api';
import { CardGroupsModule } from '../card-groups/card-groups.module';
import { LevelsModule } from '../levels/levels.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CardJobsService } from './card-jobs.service';
import { CardsController } from './cards.controller';
import { CardsRepository } from './cards.repository';
import { CardsService } from './cards.service';
import { IdentifyCodesRepository } from './identify-codes.repository';
import { IdentifyService } from './identify.service';
import { LedgerBookingRepository } from './ledger-booking.repository';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';
import { ReplacementService } from './replacement.service';

/** Loyalty cards (seed 003) under `/organization/card`: the registry, the bonus ledger, replacement. */
@Module({
  imports: [CardApiModule, CardGroupsModule, LevelsModule, NotificationsModule],
  controllers: [CardsController],
  providers: [
    CardsRepository,
    CardsService,
    IdentifyCodesRepository,
    IdentifyService,
    CardJobsService,
    LedgerRepository,
    LedgerBookingRepository,
    LedgerService,
    ReplacementService,
  ],
  exports: [CardsService],
})
export class CardsModule {}
