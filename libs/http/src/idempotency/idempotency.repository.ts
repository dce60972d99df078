import { Injectable } from '@nestjs/common';
import { Database } from '@app/data';

export interface StoredIdempotency {
  requestHash: string;
  state: 'running' | 'done';
  statusCode: number | null;
  contentType: string | null;
  body: string | null;
}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: Database) {}

  /**
   * Claims the key for this request. A record older than 24 h, or one left `running` for more
   * than two minutes (its request died), is taken over. Returns null when claimed, else the record.
   */
  async claim(organizationId: string, key: string, requestHash: string): Promise<StoredIdempotency | null> {
    const claimed = await this.db.query(
      `INSERT INTO idempotency_keys (organization_id, key, request_hash, state)
       VALUES ($1, $2, $3, 'running')
       ON CONFLICT (organization_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, state = 'running', status_code = NULL,
             content_type = NULL, body = NULL, created_at = now()
         WHERE idempotency_keys.created_at < now() - interval '24 hours'
            OR (idempotency_keys.state = 'running' AND idempotency_keys.created_at < now() - interval '2 minutes')
       RETURNING 1`,
      [organizationId, key, requestHash],
    );
    if (claimed.length > 0) return null;
    const rows = await this.db.query(
      `SELECT request_hash, state, status_code, content_type, body FROM idempotency_keys
       WHERE organization_id = $1 AND key = $2`,
      [organizationId, key],
    );
    if (rows.length === 0) return this.claim(organizationId, key, requestHash);
    const r = rows[0];
    return {
      requestHash: r.request_hash,
      state: r.state,
      statusCode: r.status_code,
      contentType: r.content_type,
      body: r.body,
    };
  }

  async complete(
    organizationId: string,
    key: string,
    status: number,
    contentType: string | null,
    body: string | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET state = 'done', status_code = $3, content_type = $4, body = $5
       WHERE organization_id = $1 AND key = $2`,
      [organizationId, key, status, contentType, body],
    );
  }

  async release(organizationId: string, key: string): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE organization_id = $1 AND key = $2 AND state = 'running'`,
      [organizationId, key],
    );
  }

  async deleteExpired(): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`);
  }
}
