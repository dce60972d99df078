import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ClaimedMessage, OutboxRepository } from './outbox.repository';

/** Messages claimed per round. */
const BATCH = 20;
/** A claimed message is this worker's for this long; delivery times out well before. */
const LEASE_SECONDS = 60;
const DELIVERY_TIMEOUT_MS = 10_000;
/** Attempts before a message is given up. */
export const MAX_ATTEMPTS = 10;

export const SIGNATURE_HEADER = 'x-giftcode-signature';
export const DELIVERY_HEADER = 'x-giftcode-delivery';
export const EVENT_HEADER = 'x-giftcode-event';

/** HMAC-SHA256 of the body with the organization's webhook secret, as sent in the signature header. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Seconds before attempt n + 1: 2, 4, 8, ... capped at an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** attempts, 3600);
}

/**
 * Delivers outbox messages to each organization's `webhook_url`: a signed JSON POST with a
 * delivery id the receiver can dedupe on, at least once, retried with backoff, never by two workers
 * at once. Without a webhook the message is logged (with its payload outside production).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;

  constructor(
    private readonly repo: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.OUTBOX_POLL_MS > 0) {
      this.timer = setInterval(() => void this.tick(), this.config.OUTBOX_POLL_MS);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (e) {
      this.logger.warn(`outbox round failed: ${(e as Error).message}`);
    }
  }

  /** One round: expire what is overdue, then claim and deliver due messages. Answers how many were handled. */
  runOnce(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<number> {
    await this.repo.expireDue();
    let handled = 0;
    for (;;) {
      const batch = await this.repo.claim(BATCH, LEASE_SECONDS);
      if (batch.length === 0) return handled;
      await Promise.all(batch.map((m) => this.deliver(m)));
      handled += batch.length;
    }
  }

  private async deliver(m: ClaimedMessage): Promise<void> {
    const body = JSON.stringify({
      id: m.id,
      kind: m.kind,
      organization_id: m.organization_id,
      created_at: new Date(m.created_at).getTime(),
      data: m.payload,
    });
    if (!m.webhook_url) {
      const shown = this.config.NODE_ENV === 'production' ? '' : `: ${body}`;
      this.logger.log(`${m.kind} ${m.id} for organization ${m.organization_id} (no webhook_url)${shown}`);
      await this.repo.finish(m.id, 'logged');
      return;
    }
    try {
      const res = await fetch(m.webhook_url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [DELIVERY_HEADER]: m.id,
          [EVENT_HEADER]: m.kind,
          [SIGNATURE_HEADER]: webhookSignature(m.webhook_secret, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered ${res.status}`);
      await this.repo.finish(m.id, 'delivered');
    } catch (e) {
      const error = (e as Error).message;
      const retry = m.attempts >= MAX_ATTEMPTS ? null : retryDelaySeconds(m.attempts);
      this.logger.warn(`${m.kind} ${m.id} not delivered (attempt ${m.attempts}): ${error}`);
      await this.repo.fail(m.id, error, retry);
    }
  }
}
