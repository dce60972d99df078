import { Module } from '@nestjs/common';
import { CardApiModule } from '../card-api';
import { LevelsController } from './levels.controller';
import { LevelsRepository } from './levels.repository';
import { LevelsService } from './levels.service';

/** Card levels (seed 003) under `/organization/card_level`, and the level history of cards. */
@Module({
  imports: [CardApiModule],
  controllers: [LevelsController],
  providers: [LevelsRepository, LevelsService],
  exports: [LevelsService],
})
export class LevelsModule {}
