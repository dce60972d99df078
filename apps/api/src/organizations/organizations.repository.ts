import { Injectable } from '@nestjs/common';
import { Database, OrganizationSettings } from '@app/data';

export interface OrganizationRow {
  id: string;
  name: string;
  operator_id: number;
  settings: OrganizationSettings;
}

export interface TokenRow {
  id: string;
  organization_id: string;
  name: string;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const ORG_COLUMNS = 'id, name, operator_id, settings';
const TOKEN_COLUMNS = 'id, organization_id, name, expires_at, last_used_at, revoked_at, created_at';

/**
 * Organizations and their tokens. Admin routes act across organizations, so this repository is
 * scoped by explicit organization ids rather than the request's tenant.
 */
@Injectable()
export class OrganizationsRepository {
  constructor(private readonly db: Database) {}

  async create(
    name: string,
    operatorId: number | undefined,
    settings: OrganizationSettings,
    webhookSecret: string,
  ): Promise<OrganizationRow> {
    const [row] = await this.db.query<OrganizationRow>(
      `INSERT INTO organizations (name, operator_id, settings, webhook_secret)
       VALUES ($1, COALESCE($2, nextval('organizations_operator_id_seq')), $3, $4) RETURNING ${ORG_COLUMNS}`,
      [name, operatorId ?? null, JSON.stringify(settings), webhookSecret],
    );
    return row;
  }

  async list(offset: number, limit: number): Promise<OrganizationRow[]> {
    return this.db.query(
      `SELECT ${ORG_COLUMNS} FROM organizations ORDER BY created_at, id OFFSET $1 LIMIT $2`,
      [offset, limit],
    );
  }

  async find(id: string): Promise<OrganizationRow | null> {
    const rows = await this.db.query<OrganizationRow>(
      `SELECT ${ORG_COLUMNS} FROM organizations WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async webhookSecret(id: string): Promise<string | null> {
    const rows = await this.db.query<{ webhook_secret: string }>(
      `SELECT webhook_secret FROM organizations WHERE id = $1`,
      [id],
    );
    return rows[0]?.webhook_secret ?? null;
  }

  async findForUpdate(id: string): Promise<OrganizationRow | null> {
    const rows = await this.db.query<OrganizationRow>(
      `SELECT ${ORG_COLUMNS} FROM organizations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async update(
    id: string,
    name: string,
    operatorId: number,
    settings: OrganizationSettings,
  ): Promise<OrganizationRow> {
    const [row] = await this.db.query<OrganizationRow>(
      `UPDATE organizations SET name = $2, operator_id = $3, settings = $4 WHERE id = $1 RETURNING ${ORG_COLUMNS}`,
      [id, name, operatorId, JSON.stringify(settings)],
    );
    return row;
  }

  async createToken(
    organizationId: string,
    name: string,
    tokenHash: string,
    expiresAt: Date | null,
  ): Promise<TokenRow> {
    const [row] = await this.db.query<TokenRow>(
      `INSERT INTO api_tokens (organization_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING ${TOKEN_COLUMNS}`,
      [organizationId, name, tokenHash, expiresAt],
    );
    return row;
  }

  async listTokens(organizationId: string): Promise<TokenRow[]> {
    return this.db.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE organization_id = $1 ORDER BY created_at, id`,
      [organizationId],
    );
  }

  /** Marks a token revoked; answers its hash (to drop from caches), or null if it is not this organization's. */
  async revokeToken(organizationId: string, tokenId: string): Promise<{ token_hash: string } | null> {
    const rows = await this.db.query(
      `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, now())
       WHERE organization_id = $1 AND id = $2 RETURNING token_hash`,
      [organizationId, tokenId],
    );
    return rows[0] ?? null;
  }

  /** The organization of a usable token (not revoked, not expired). */
  async findByTokenHash(tokenHash: string): Promise<{
    token_id: string;
    organization_id: string;
    settings: OrganizationSettings;
    last_used_at: Date | null;
  } | null> {
    const rows = await this.db.query(
      `SELECT t.id AS token_id, t.organization_id, o.settings, t.last_used_at
       FROM api_tokens t JOIN organizations o ON o.id = t.organization_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async touchToken(tokenId: string): Promise<void> {
    await this.db.query(
      `UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [tokenId],
    );
  }

  async createLegacyToken(organizationId: string, tokenHash: string): Promise<{ id: string }> {
    const [row] = await this.db.query(
      `INSERT INTO legacy_tokens (organization_id, token_hash) VALUES ($1, $2) RETURNING id`,
      [organizationId, tokenHash],
    );
    return row;
  }

  async listLegacyTokens(
    organizationId: string,
  ): Promise<{ id: string; revoked_at: Date | null; created_at: Date }[]> {
    return this.db.query(
      `SELECT id, revoked_at, created_at FROM legacy_tokens WHERE organization_id = $1 ORDER BY created_at, id`,
      [organizationId],
    );
  }

  async revokeLegacyToken(organizationId: string, id: string): Promise<{ token_hash: string } | null> {
    const rows = await this.db.query(
      `UPDATE legacy_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE organization_id = $1 AND id = $2 RETURNING token_hash`,
      [organizationId, id],
    );
    return rows[0] ?? null;
  }

  async findByLegacyToken(
    operatorId: number,
    tokenHash: string,
  ): Promise<{ token_id: string; organization_id: string; settings: OrganizationSettings } | null> {
    const rows = await this.db.query(
      `SELECT l.id AS token_id, o.id AS organization_id, o.settings
       FROM organizations o JOIN legacy_tokens l ON l.organization_id = o.id
       WHERE o.operator_id = $1 AND l.token_hash = $2 AND l.revoked_at IS NULL`,
      [operatorId, tokenHash],
    );
    return rows[0] ?? null;
  }
}
