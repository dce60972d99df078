import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763870400000 implements MigrationInterface {
  name = 'Foundation1763870400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE organizations_operator_id_seq START 1001`);
    await q.query(`CREATE TABLE organizations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      operator_id int NOT NULL UNIQUE DEFAULT nextval('organizations_operator_id_seq'),
      settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      webhook_secret text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash char(64) NOT NULL UNIQUE,
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX api_tokens_organization_idx ON api_tokens (organization_id)`);
    await q.query(`CREATE TABLE legacy_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      token_hash char(64) NOT NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE UNIQUE INDEX legacy_tokens_active_uq ON legacy_tokens (organization_id, token_hash) WHERE revoked_at IS NULL`,
    );
    await q.query(`CREATE TABLE idempotency_keys (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      key text NOT NULL,
      request_hash char(64) NOT NULL,
      state text NOT NULL CHECK (state IN ('running', 'done')),
      status_code int,
      content_type text,
      body text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organization_id, key)
    )`);
    await q.query(`CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`);
    await q.query(`CREATE UNLOGGED TABLE throttle_counters (
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      failures int NOT NULL,
      PRIMARY KEY (key, window_start)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE throttle_counters`);
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE legacy_tokens`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE organizations`);
    await q.query(`DROP SEQUENCE organizations_operator_id_seq`);
  }
}
