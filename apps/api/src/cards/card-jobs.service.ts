import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Database } from '@app/data';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CardsRepository } from './cards.repository';
import { IdentifyCodesRepository } from './identify-codes.repository';

/**
 * Every CARD_JOBS_MS (a minute), on one replica at a time: clears the block flag of cards whose date_unblock has
 * passed (they already behave as unblocked) and deletes identification codes over a day old.
 */
@Injectable()
export class CardJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CardJobs');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly cards: CardsRepository,
    private readonly codes: IdentifyCodesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.CARD_JOBS_MS <= 0) return;
    this.timer = setInterval(() => void this.run(), this.config.CARD_JOBS_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One round; false when another replica holds the job. */
  async run(): Promise<boolean> {
    try {
      return await this.db.withJobLock('cards:periodic', async () => {
        const unblocked = await this.cards.clearExpiredBlocks();
        await this.codes.deleteOld();
        if (unblocked) this.logger.log(`${unblocked} temporary block(s) ended`);
      });
    } catch (e) {
      this.logger.warn(`card jobs skipped: ${(e as Error).message}`);
      return false;
    }
  }
}
