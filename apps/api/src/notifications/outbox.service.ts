import { Injectable } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';

/** Hands notifications to the outbox; the worker delivers them. */
@Injectable()
export class OutboxService {
  constructor(private readonly repo: OutboxRepository) {}

  /**
   * Queues a message of the current organization (joins the caller's transaction). Ephemeral
   * messages (one-time codes) lose their payload once delivered, given up or expired.
   */
  enqueue(
    kind: string,
    payload: unknown,
    options: { expiresAt?: Date; ephemeral?: boolean } = {},
  ): Promise<string> {
    return this.repo.enqueue(kind, payload, options.expiresAt ?? null, options.ephemeral ?? false);
  }
}
