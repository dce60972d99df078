import { Inject, Injectable } from '@nestjs/common';
import { TenantContext } from '@app/data';
import { TooManyRequests } from '../errors/domain-error';
import { ThrottleRepository, ThrottleWindow } from './throttle.repository';

export const THROTTLE_LIMIT = 'THROTTLE_LIMIT';

/**
 * Brute-force protection. Failures (a bad token, a look-up of a code, secret or number that does
 * not exist) are counted per token when one is valid, else per client IP, per minute, in
 * PostgreSQL so every replica shares the count. Past the limit the client gets 429 until the
 * minute ends, for look-ups that would succeed too (else a hit would stand out among refusals).
 *
 * The block decision comes from the shared counter ({@link ensureAllowed}): a replica that never
 * saw the client fail refuses it alike. The process keeps a cache of blocks it has read or caused,
 * which only ever short-circuits a refusal: "not blocked" is always asked of the database.
 */
@Injectable()
export class ThrottleService {
  /** Keys known blocked, with the local clock time their minute ends. Positives only. */
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

  /**
   * Whether this process already knows `key` is blocked. A `false` proves nothing (another
   * replica may have blocked it): use {@link isBlockedShared} / {@link ensureAllowed} to decide.
   * A cheap pre-check (the auth guard's, before verifying 192-bit API tokens that cannot be
   * guessed); look-ups of guessable codes, secrets and legacy tokens await {@link ensureAllowed}.
   */
  isBlocked(key = this.currentKey()): boolean {
    const until = this.blockedUntil.get(key);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.blockedUntil.delete(key);
    return false;
  }

  /** Whether `key` is over the limit this minute by the shared counter (one primary-key read, none when cached). */
  async isBlockedShared(key = this.currentKey()): Promise<boolean> {
    if (this.isBlocked(key)) return true;
    return this.note(key, await this.repo.current(key));
  }

  /** Refuses with 429 when the client is over the limit on any replica. Call before a look-up. */
  async ensureAllowed(key = this.currentKey()): Promise<void> {
    if (await this.isBlockedShared(key)) throw new TooManyRequests();
  }

  /** Counts one failure; true when the client is now over the limit. */
  async recordFailure(key = this.currentKey()): Promise<boolean> {
    return this.note(key, await this.repo.addFailure(key));
  }

  /** Counts a failed look-up and throws 429 if that crossed the limit; else returns so the caller answers as usual. */
  async failedLookup(): Promise<void> {
    if (await this.recordFailure()) throw new TooManyRequests();
  }

  /** Caches a block read from the database (never a non-block); answers whether `key` is blocked. */
  private note(key: string, { failures, msLeft }: ThrottleWindow): boolean {
    if (failures <= this.limit) return false;
    if (msLeft > 0) this.blockedUntil.set(key, Date.now() + msLeft);
    return true;
  }
}
