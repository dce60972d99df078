import { Module } from '@nestjs/common';
import { CardApiModule } from '../card-api';
import { CardGroupsModule } from '../card-groups/card-groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CardJobsService } from './card-jobs.service';
import { CardsController } from './cards.controller';
import { CardsRepository } from './cards.repository';
import { CardsService } from './cards.service';
import { IdentifyCodesRepository } from './identify-codes.repository';
import { IdentifyService } from './identify.service';

/** Loyalty cards (seed 003) under `/organization/card`. */
@Module({
  imports: [CardApiModule, CardGroupsModule, NotificationsModule],
  controllers: [CardsController],
  providers: [CardsRepository, CardsService, IdentifyCodesRepository, IdentifyService, CardJobsService],
  exports: [CardsService],
})
export class CardsModule {}
