import { Module } from '@nestjs/common';
import { CardApiModule } from '../card-api';
import { CardGroupsController } from './card-groups.controller';
import { CardGroupsRepository } from './card-groups.repository';
import { CardGroupsService } from './card-groups.service';

/** Card groups (seed 003) under `/organization/card_group`: a tree cards hang in. */
@Module({
  imports: [CardApiModule],
  controllers: [CardGroupsController],
  providers: [CardGroupsRepository, CardGroupsService],
  exports: [CardGroupsService],
})
export class CardGroupsModule {}
