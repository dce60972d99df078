import { Injectable } from '@nestjs/common';
import { Database } from '@app/data';

/** A key's count in the current minute, and how long that minute still runs (by the database clock). */
export interface ThrottleWindow {
  failures: number;
  msLeft: number;
}

/** Milliseconds left of a counter row's minute, by the database clock. */
const MS_LEFT = `(extract(epoch FROM window_start + interval '1 minute' - now()) * 1000)::int AS ms_left`;

@Injectable()
export class ThrottleRepository {
  constructor(private readonly db: Database) {}

  /** Adds one failure to the current minute of `key`; answers the count and how long the minute still runs. */
  async addFailure(key: string): Promise<ThrottleWindow> {
    const [row] = await this.db.query(
      `INSERT INTO throttle_counters (key, window_start, failures)
       VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET failures = throttle_counters.failures + 1
       RETURNING failures, ${MS_LEFT}`,
      [key],
    );
    return { failures: row.failures, msLeft: row.ms_left };
  }

  /**
   * The current minute of `key`, read by its primary key (one index look-up); zero failures when
   * the key has none this minute. Every replica reads the same row, so all decide alike.
   */
  async current(key: string): Promise<ThrottleWindow> {
    const rows = await this.db.query(
      `SELECT failures, ${MS_LEFT}
       FROM throttle_counters WHERE key = $1 AND window_start = date_trunc('minute', now())`,
      [key],
    );
    return rows[0] ? { failures: rows[0].failures, msLeft: rows[0].ms_left } : { failures: 0, msLeft: 0 };
  }

  async deleteOld(): Promise<void> {
    await this.db.query(`DELETE FROM throttle_counters WHERE window_start < now() - interval '5 minutes'`);
  }
}
