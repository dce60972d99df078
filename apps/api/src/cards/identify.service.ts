import { Injectable } from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Database, TenantContext } from '@app/data';
import { generateDigitCode, sha256Hex } from '@app/codes';
import { ThrottleService, ValidationFailed } from '@app/http';
import { OutboxService } from '../notifications/outbox.service';
import { CardsRepository } from './cards.repository';
import { IdentifyCodesRepository } from './identify-codes.repository';
import { CardsService } from './cards.service';
import { ContactNotFound, IdentifyCodeInvalid, IdentifyCodeMissing } from './cards.errors';
import { normalizeEmail, normalizePhone } from './contacts';
import { SendIdentifyDto } from './dto/card-actions.dto';
import { CardRowDto } from './dto/card.dto';

export const IDENTIFY_CODE_LENGTH = 6;
export const IDENTIFY_CODE_TTL_MS = 10 * 60 * 1000;
export const IDENTIFY_MAX_ATTEMPTS = 5;
/** Cards answered at most by send_identify. */
const MAX_CARDS = 1000;

export interface IdentifyAnswer {
  sent?: boolean;
  send_to?: 'email' | 'phone';
  user_id?: string;
  user_ids?: string[];
  cards?: CardRowDto[];
}

function codeHash(id: string, code: string): string {
  return sha256Hex(`${id}:${code}`);
}

/**
 * `send_identify`: a user proves they own a phone or email before their cards are shown. Step 1
 * sends a 6-digit one-time code (node:crypto, stored as a salted SHA-256, valid 10 minutes) through
 * the notification outbox; step 2 checks it. Five wrong codes burn it; failures count towards the
 * brute-force throttle.
 */
@Injectable()
export class IdentifyService {
  constructor(
    private readonly db: Database,
    private readonly cards: CardsRepository,
    private readonly cardsService: CardsService,
    private readonly codes: IdentifyCodesRepository,
    private readonly outbox: OutboxService,
    private readonly throttle: ThrottleService,
  ) {}

  async sendIdentify(dto: SendIdentifyDto): Promise<IdentifyAnswer> {
    if (dto.identify_code !== undefined || dto.user_id !== undefined) return this.confirm(dto);
    return this.start(dto);
  }

  private async start(dto: SendIdentifyDto): Promise<IdentifyAnswer> {
    const sendTo = dto.send_to ?? (dto.email ? 'email' : dto.phone ? 'phone' : undefined);
    if (!sendTo)
      throw bad('email or phone', 'step 1 needs email or phone (step 2: user_id and identify_code)');
    const contact = sendTo === 'email' ? normalizeEmail(dto.email ?? '') : normalizePhone(dto.phone ?? '');
    if (!contact) throw bad(sendTo, `send_to is ${sendTo}, so ${sendTo} must be given`);
    await this.throttle.ensureAllowed();
    const userIds = await this.cards.usersByContact(sendTo, contact);
    if (userIds.length === 0) {
      await this.throttle.failedLookup();
      throw new ContactNotFound();
    }
    if (!TenantContext.settings().identify_requires_code) {
      const rows = await this.cards.cardsOfUsers(userIds, MAX_CARDS);
      return {
        user_id: userIds[0],
        user_ids: userIds,
        cards: rows.map((r, i) => ({ row_number: i + 1, ...this.cardsService.dto(r) })),
      };
    }
    const id = randomUUID();
    const code = generateDigitCode(IDENTIFY_CODE_LENGTH);
    const expiresAt = new Date(Date.now() + IDENTIFY_CODE_TTL_MS);
    await this.db.transaction(async () => {
      await this.codes.closeOpen(userIds);
      await this.codes.insert(id, userIds, sendTo, codeHash(id, code), expiresAt);
      await this.outbox.enqueue(
        'identify_code',
        { send_to: sendTo, [sendTo]: contact, code, user_ids: userIds, expires_at: expiresAt.getTime() },
        { expiresAt, ephemeral: true },
      );
    });
    return { sent: true, send_to: sendTo, user_id: userIds[0], user_ids: userIds };
  }

  private async confirm(dto: SendIdentifyDto): Promise<IdentifyAnswer> {
    if (dto.user_id === undefined) throw bad('user_id', 'step 2 needs user_id with identify_code');
    if (dto.identify_code === undefined)
      throw bad('identify_code', 'step 2 needs identify_code with user_id');
    const userId = dto.user_id;
    const given = dto.identify_code;
    await this.throttle.ensureAllowed();
    const outcome = await this.db.transaction(async () => {
      const open = await this.codes.lockOpenFor(userId);
      if (!open || open.expired) return { kind: 'missing' as const };
      const right = timingSafeEqual(Buffer.from(codeHash(open.id, given)), Buffer.from(open.code_hash));
      if (!right) {
        const attempts = await this.codes.addAttempt(open.id, IDENTIFY_MAX_ATTEMPTS);
        return { kind: 'wrong' as const, left: Math.max(0, IDENTIFY_MAX_ATTEMPTS - attempts) };
      }
      await this.codes.close(open.id);
      return { kind: 'ok' as const };
    });
    if (outcome.kind !== 'ok') {
      await this.throttle.failedLookup();
      throw outcome.kind === 'missing' ? new IdentifyCodeMissing() : new IdentifyCodeInvalid(outcome.left);
    }
    const rows = await this.cards.cardsOfUsers([userId], MAX_CARDS);
    return {
      user_id: userId,
      cards: rows.map((r, i) => ({ row_number: i + 1, ...this.cardsService.dto(r) })),
    };
  }
}

function bad(field: string, reason: string): ValidationFailed {
  return new ValidationFailed(reason, [{ field, reason }]);
}
