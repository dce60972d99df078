import { Injectable } from '@nestjs/common';
import type { AuthenticatedTenant } from '@app/http';

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Verified tokens for a few seconds, so a hot route does not look the same token up on every
 * request. Revoking through this process forgets the token at once; another replica notices
 * within TTL_MS.
 */
@Injectable()
export class TokenCache {
  private readonly entries = new Map<string, { tenant: AuthenticatedTenant; until: number }>();

  get(hash: string): AuthenticatedTenant | null {
    const hit = this.entries.get(hash);
    if (!hit) return null;
    if (hit.until < Date.now()) {
      this.entries.delete(hash);
      return null;
    }
    return hit.tenant;
  }

  set(hash: string, tenant: AuthenticatedTenant): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(hash, { tenant, until: Date.now() + TTL_MS });
  }

  forget(hash: string): void {
    this.entries.delete(hash);
  }

  clear(): void {
    this.entries.clear();
  }
}
