import { Injectable } from '@nestjs/common';
import { Database } from '@app/data';

@Injectable()
export class ThrottleRepository {
  constructor(private readonly db: Database) {}

  /** Adds one failure to the current minute of `key`; answers the count and when the minute ends. */
  async addFailure(key: string): Promise<{ failures: number; windowEnd: Date }> {
    const [row] = await this.db.query(
      `INSERT INTO throttle_counters (key, window_start, failures)
       VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET failures = throttle_counters.failures + 1
       RETURNING failures, window_start + interval '1 minute' AS window_end`,
      [key],
    );
    return { failures: row.failures, windowEnd: new Date(row.window_end) };
  }

  async failuresNow(key: string): Promise<number> {
    const rows = await this.db.query(
      `SELECT failures FROM throttle_counters WHERE key = $1 AND window_start = date_trunc('minute', now())`,
      [key],
    );
    return rows[0]?.failures ?? 0;
  }

  async deleteOld(): Promise<void> {
    await this.db.query(`DELETE FROM throttle_counters WHERE window_start < now() - interval '5 minutes'`);
  }
}
