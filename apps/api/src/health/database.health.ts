import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Database } from '@app/data';

/** Up when PostgreSQL answers within a second and no migration is pending. */
@Injectable()
export class DatabaseHealthIndicator {
  private migrated = false;

  constructor(
    private readonly db: Database,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    try {
      await withTimeout(this.db.dataSource.query('SELECT 1'), 1000);
      if (!this.migrated) this.migrated = !(await this.db.dataSource.showMigrations());
      if (!this.migrated) return session.down({ reason: 'migrations pending' });
      return session.up();
    } catch (e) {
      return session.down({ reason: (e as Error).message || 'unreachable' });
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database did not answer in time')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
