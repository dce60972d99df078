import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox.worker';

/** The notification outbox (one-time codes now): a table and a worker posting to webhooks. */
@Module({
  providers: [OutboxRepository, OutboxService, OutboxWorker],
  exports: [OutboxService, OutboxWorker],
})
export class NotificationsModule {}
