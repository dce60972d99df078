import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

export interface IdentifyCodeRow {
  id: string;
  code_hash: string;
  attempts: number;
  expired: boolean;
}

/** One-time identification codes (stored as SHA-256 of id and code) of the current organization. */
@Injectable()
export class IdentifyCodesRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  /** Closes the open codes of these users: a new code replaces them. */
  async closeOpen(userIds: string[]): Promise<void> {
    await this.query(
      `UPDATE identify_codes SET closed_at = now()
       WHERE organization_id = $1 AND closed_at IS NULL AND user_ids && $2::text[]`,
      [this.orgId, userIds],
    );
  }

  async insert(
    id: string,
    userIds: string[],
    sendTo: string,
    codeHash: string,
    expiresAt: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO identify_codes (organization_id, id, user_ids, send_to, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [this.orgId, id, userIds, sendTo, codeHash, expiresAt],
    );
  }

  /** The newest open code sent for this user, locked until the transaction ends. */
  async lockOpenFor(userId: string): Promise<IdentifyCodeRow | null> {
    const rows = await this.query<IdentifyCodeRow>(
      `SELECT id, code_hash, attempts, expires_at <= now() AS expired FROM identify_codes
       WHERE organization_id = $1 AND closed_at IS NULL AND user_ids @> ARRAY[$2::text]
       ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [this.orgId, userId],
    );
    return rows[0] ?? null;
  }

  /** Counts a wrong try; the code closes (is burnt) at `maxAttempts`. Answers the tries made. */
  async addAttempt(id: string, maxAttempts: number): Promise<number> {
    const [row] = await this.query<{ attempts: number }>(
      `UPDATE identify_codes SET attempts = attempts + 1,
         closed_at = CASE WHEN attempts + 1 >= $3 THEN now() ELSE closed_at END
       WHERE organization_id = $1 AND id = $2 RETURNING attempts`,
      [this.orgId, id, maxAttempts],
    );
    return row.attempts;
  }

  async close(id: string): Promise<void> {
    await this.query(`UPDATE identify_codes SET closed_at = now() WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
    ]);
  }

  /** Deletes codes of all organizations that ended over a day ago (periodic job). */
  async deleteOld(): Promise<number> {
    const rows = await this.query(
      `DELETE FROM identify_codes WHERE expires_at < now() - interval '1 day' RETURNING id`,
    );
    return rows.length;
  }
}
