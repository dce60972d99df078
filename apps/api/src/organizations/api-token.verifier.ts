import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_SETTINGS } from '@app/data';
import { AuthenticatedTenant, TokenVerifier } from '@app/http';
import { sha256Hex } from '@app/codes';
import { OrganizationsRepository } from './organizations.repository';
import { legacyTokenHash } from './organizations.service';
import { TokenCache } from './token-cache';

/** Checks API tokens (by SHA-256) and legacy SertCard pairs; writes last_used_at at most once a minute. */
@Injectable()
export class ApiTokenVerifier extends TokenVerifier {
  private readonly logger = new Logger('Auth');
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly cache: TokenCache,
  ) {
    super();
  }

  async verifyApiToken(token: string): Promise<AuthenticatedTenant | null> {
    if (token.length > 512) return null;
    const hash = sha256Hex(token);
    let tenant = this.cache.get(hash);
    if (!tenant) {
      const row = await this.repo.findByTokenHash(hash);
      if (!row) return null;
      tenant = {
        organizationId: row.organization_id,
        tokenId: row.token_id,
        settings: { ...DEFAULT_SETTINGS, ...row.settings },
      };
      this.cache.set(hash, tenant);
    }
    this.touch(tenant.tokenId);
    return tenant;
  }

  async verifyLegacyToken(operatorId: number, token: number): Promise<AuthenticatedTenant | null> {
    const hash = legacyTokenHash(operatorId, token);
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const row = await this.repo.findByLegacyToken(operatorId, hash);
    if (!row) return null;
    const settings = { ...DEFAULT_SETTINGS, ...row.settings };
    if (!settings.legacy_tokens_enabled) return null;
    const tenant = { organizationId: row.organization_id, tokenId: row.token_id, settings };
    this.cache.set(hash, tenant);
    return tenant;
  }

  private touch(tokenId: string): void {
    const now = Date.now();
    const last = this.touched.get(tokenId) ?? 0;
    if (now - last < 60_000) return;
    this.touched.set(tokenId, now);
    this.repo
      .touchToken(tokenId)
      .catch((e) => this.logger.warn(`last_used_at not written: ${(e as Error).message}`));
  }
}
