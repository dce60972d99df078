import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Database } from '@app/data';
import { IdempotencyRepository } from '../idempotency/idempotency.repository';
import { ThrottleRepository } from '../throttle/throttle.repository';
import { ThrottleService } from '../throttle/throttle.service';

/** Once a minute, one replica at a time: drops expired idempotency records and throttle windows. */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Housekeeping');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly idempotency: IdempotencyRepository,
    private readonly throttleRepo: ThrottleRepository,
    private readonly throttle: ThrottleService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    this.throttle.forgetExpired();
    try {
      await this.db.withJobLock('housekeeping', async () => {
        await this.idempotency.deleteExpired();
        await this.throttleRepo.deleteOld();
      });
    } catch (e) {
      this.logger.warn(`housekeeping skipped: ${(e as Error).message}`);
    }
  }
}
