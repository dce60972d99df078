import { Inject, Injectable } from '@nestjs/common';
import { TenantContext } from '@app/data';
import { TooManyRequests } from '../errors/domain-error';
import { ThrottleRepository } from './throttle.repository';

export const THROTTLE_LIMIT = 'THROTTLE_LIMIT';

/**
 * Brute-force protection. Failures (a bad token, a look-up of a code, secret or number that does
 * not exist) are counted per token when one is valid, else per client IP, per minute, in
 * PostgreSQL so every replica shares the count. Past the limit the client gets 429 until the
 * minute ends, for look-ups that would succeed too (else a hit would stand out among refusals).
 */
@Injectable()
export class ThrottleService {
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    private readonly repo: ThrottleRepository,
    @Inject(THROTTLE_LIMIT) private readonly limit: number,
  ) {}

  /** Forgets blocks whose minute has ended (called by housekeeping). */
  forgetExpired(now = Date.now()): void {
    for (const [k, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(k);
  }

  /** The key failures of the current request count against. */
  currentKey(): string {
    const scope = TenantContext.scope();
    return scope?.tokenId ? `token:${scope.tokenId}` : `ip:${scope?.clientIp ?? 'unknown'}`;
  }

  isBlocked(key = this.currentKey()): boolean {
    const until = this.blockedUntil.get(key);
    return until !== undefined && until > Date.now();
  }

  /** Refuses with 429 when the current client is blocked. Call before a look-up. */
  assertAllowed(key = this.currentKey()): void {
    if (this.isBlocked(key)) throw new TooManyRequests();
  }

  /** Counts one failure; true when the client is now over the limit. */
  async recordFailure(key = this.currentKey()): Promise<boolean> {
    const { failures, windowEnd } = await this.repo.addFailure(key);
    if (failures > this.limit) {
      this.blockedUntil.set(key, windowEnd.getTime());
      return true;
    }
    return false;
  }

  /** Counts a failed look-up and throws 429 if that crossed the limit; else returns so the caller answers as usual. */
  async failedLookup(): Promise<void> {
    if (await this.recordFailure()) throw new TooManyRequests();
  }
}
