import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

/** A message claimed for delivery, with where it goes. */
export interface ClaimedMessage {
  id: string;
  organization_id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  ephemeral: boolean;
  created_at: Date;
  webhook_url: string | null;
  webhook_secret: string;
}

/**
 * The notification outbox. `enqueue` writes for the current organization (inside the caller's
 * transaction, so a message exists exactly when what caused it was committed); the other methods
 * serve the delivery worker across all organizations.
 */
@Injectable()
export class OutboxRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  async enqueue(kind: string, payload: unknown, expiresAt: Date | null, ephemeral: boolean): Promise<string> {
    const [row] = await this.query<{ id: string }>(
      `INSERT INTO outbox_messages (organization_id, kind, payload, expires_at, ephemeral)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [this.orgId, kind, JSON.stringify(payload), expiresAt, ephemeral],
    );
    return row.id;
  }

  /** Gives up messages whose time has passed; their payloads (one-time codes) are deleted. */
  async expireDue(): Promise<number> {
    const rows = await this.query(
      `UPDATE outbox_messages SET state = 'expired', payload = NULL, locked_until = NULL
       WHERE state = 'pending' AND expires_at <= now() RETURNING id`,
    );
    return rows.length;
  }

  /**
   * Claims up to `limit` due messages for `leaseSeconds`: a message is handed to one worker at a
   * time (rows locked with SKIP LOCKED while claiming, then leased), across replicas.
   */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedMessage[]> {
    return this.query<ClaimedMessage>(
      `UPDATE outbox_messages m SET locked_until = now() + make_interval(secs => $2), attempts = m.attempts + 1
       FROM (SELECT id FROM outbox_messages
             WHERE state = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
             ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due,
            organizations o
       WHERE m.id = due.id AND o.id = m.organization_id
       RETURNING m.id, m.organization_id, m.kind, m.payload, m.attempts, m.ephemeral, m.created_at,
                 o.settings->>'webhook_url' AS webhook_url, o.webhook_secret`,
      [limit, leaseSeconds],
    );
  }

  /** Done: delivered to the webhook, or (no webhook set) logged. Ephemeral payloads are deleted. */
  async finish(id: string, state: 'delivered' | 'logged'): Promise<void> {
    await this.query(
      `UPDATE outbox_messages SET state = $2, delivered_at = now(), locked_until = NULL, last_error = NULL,
         payload = CASE WHEN ephemeral THEN NULL ELSE payload END
       WHERE id = $1`,
      [id, state],
    );
  }

  /** A failed attempt: tried again after `retryInSeconds`, or given up (`failed`) when null. */
  async fail(id: string, error: string, retryInSeconds: number | null): Promise<void> {
    await this.query(
      `UPDATE outbox_messages SET last_error = $2, locked_until = NULL,
         state = CASE WHEN $3::float8 IS NULL THEN 'failed' ELSE state END,
         next_attempt_at = CASE WHEN $3::float8 IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $3::float8) END,
         payload = CASE WHEN $3::float8 IS NULL AND ephemeral THEN NULL ELSE payload END
       WHERE id = $1`,
      [id, error.slice(0, 1000), retryInSeconds],
    );
  }
}
