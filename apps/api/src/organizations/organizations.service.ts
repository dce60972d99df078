import { Injectable } from '@nestjs/common';
import {
  DEFAULT_SETTINGS,
  OrganizationSettings,
  Database,
  isUniqueViolation,
  TenantContext,
} from '@app/data';
import { Conflict, NotFound } from '@app/http';
import { generateApiToken, randomIntBetween, sha256Hex, randomCode, BASE62 } from '@app/codes';
import {
  CreateOrganizationDto,
  OrganizationDto,
  UpdateOrganizationDto,
  WebhookSecretDto,
} from './dto/organization.dto';
import {
  CreatedLegacyTokenDto,
  CreatedTokenDto,
  CreateLegacyTokenDto,
  CreateTokenDto,
  LegacyTokenDto,
  TokenDto,
} from './dto/token.dto';
import { OrganizationRow, OrganizationsRepository, TokenRow } from './organizations.repository';
import { TokenCache } from './token-cache';

function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}

export function legacyTokenHash(operatorId: number, token: number): string {
  return sha256Hex(`legacy:${operatorId}:${token}`);
}

/** Operator administration: organizations, API tokens and SertCard legacy tokens. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly db: Database,
    private readonly cache: TokenCache,
  ) {}

  async create(dto: CreateOrganizationDto): Promise<OrganizationDto> {
    const settings: OrganizationSettings = { ...DEFAULT_SETTINGS, ...stripUndefined(dto.settings ?? {}) };
    try {
      const row = await this.repo.create(dto.name, dto.operator_id, settings, randomCode(BASE62, 43));
      return this.map(row);
    } catch (e) {
      if (isUniqueViolation(e))
        throw new Conflict(`operator_id ${dto.operator_id} is taken`, 'operator_id_taken');
      throw e;
    }
  }

  async list(offset = 0, limit = 100): Promise<OrganizationDto[]> {
    return (await this.repo.list(offset, limit)).map((r) => this.map(r));
  }

  async get(id: string): Promise<OrganizationDto> {
    return this.map(await this.mustFind(id));
  }

  /** The secret the organization's webhooks are signed with (receivers verify with it). */
  async webhookSecret(id: string): Promise<WebhookSecretDto> {
    await this.mustFind(id);
    return { webhook_secret: (await this.repo.webhookSecret(id))! };
  }

  /** The organization of the request's token. */
  async current(): Promise<OrganizationDto> {
    return this.get(TenantContext.organizationId());
  }

  async update(id: string, dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    try {
      const row = await this.db.transaction(async () => {
        const current = await this.repo.findForUpdate(id);
        if (!current) throw new NotFound(`organization ${id} not found`, 'organization_not_found');
        const settings = { ...DEFAULT_SETTINGS, ...current.settings, ...stripUndefined(dto.settings ?? {}) };
        return this.repo.update(
          id,
          dto.name ?? current.name,
          dto.operator_id ?? current.operator_id,
          settings,
        );
      });
      this.cache.clear();
      return this.map(row);
    } catch (e) {
      if (isUniqueViolation(e))
        throw new Conflict(`operator_id ${dto.operator_id} is taken`, 'operator_id_taken');
      throw e;
    }
  }

  async createToken(organizationId: string, dto: CreateTokenDto): Promise<CreatedTokenDto> {
    await this.mustFind(organizationId);
    const token = generateApiToken();
    const row = await this.repo.createToken(
      organizationId,
      dto.name,
      sha256Hex(token),
      dto.expires_at ? new Date(dto.expires_at) : null,
    );
    return { id: row.id, name: row.name, token, expires_at: iso(row.expires_at) };
  }

  async listTokens(organizationId: string): Promise<TokenDto[]> {
    await this.mustFind(organizationId);
    return (await this.repo.listTokens(organizationId)).map((t) => this.mapToken(t));
  }

  async revokeToken(organizationId: string, tokenId: string): Promise<TokenDto> {
    const revoked = await this.repo.revokeToken(organizationId, tokenId);
    if (!revoked) throw new NotFound(`token ${tokenId} not found`, 'token_not_found');
    this.cache.forget(revoked.token_hash);
    const row = (await this.repo.listTokens(organizationId)).find((t) => t.id === tokenId)!;
    return this.mapToken(row);
  }

  async createLegacyToken(organizationId: string, dto: CreateLegacyTokenDto): Promise<CreatedLegacyTokenDto> {
    const org = await this.mustFind(organizationId);
    const token = dto.token ?? randomIntBetween(100_000_000, 2_147_483_647);
    try {
      const row = await this.repo.createLegacyToken(organizationId, legacyTokenHash(org.operator_id, token));
      return { id: row.id, token };
    } catch (e) {
      if (isUniqueViolation(e))
        throw new Conflict('this legacy token is already registered', 'legacy_token_taken');
      throw e;
    }
  }

  async listLegacyTokens(organizationId: string): Promise<LegacyTokenDto[]> {
    await this.mustFind(organizationId);
    return (await this.repo.listLegacyTokens(organizationId)).map((t) => ({
      id: t.id,
      revoked_at: iso(t.revoked_at),
      created_at: iso(t.created_at)!,
    }));
  }

  async revokeLegacyToken(organizationId: string, id: string): Promise<LegacyTokenDto> {
    const revoked = await this.repo.revokeLegacyToken(organizationId, id);
    if (!revoked) throw new NotFound(`legacy token ${id} not found`, 'token_not_found');
    this.cache.clear();
    return (await this.listLegacyTokens(organizationId)).find((t) => t.id === id)!;
  }

  private async mustFind(id: string): Promise<OrganizationRow> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await this.repo.find(id) : null;
    if (!row) throw new NotFound(`organization ${id} not found`, 'organization_not_found');
    return row;
  }

  private map(row: OrganizationRow): OrganizationDto {
    return {
      id: row.id,
      name: row.name,
      operator_id: row.operator_id,
      settings: { ...DEFAULT_SETTINGS, ...row.settings },
    };
  }

  private mapToken(t: TokenRow): TokenDto {
    return {
      id: t.id,
      name: t.name,
      expires_at: iso(t.expires_at),
      last_used_at: iso(t.last_used_at),
      revoked_at: iso(t.revoked_at),
      created_at: iso(t.created_at)!,
    };
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
