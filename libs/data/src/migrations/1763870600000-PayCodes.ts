import { MigrationInterface, QueryRunner } from 'typeorm';

export class PayCodes1763870600000 implements MigrationInterface {
  name = 'PayCodes1763870600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE paycode_patterns (
      id serial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      slug varchar(64) NOT NULL,
      pattern varchar(128) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT paycode_patterns_org_slug_uq UNIQUE (organization_id, slug)
    )`);
    await q.query(`CREATE TABLE paycode_rules (
      id serial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      slug varchar(64) NOT NULL,
      pattern_id int NOT NULL REFERENCES paycode_patterns(id),
      code_lenght int NOT NULL CHECK (code_lenght BETWEEN 4 AND 64),
      prefix varchar(32) NOT NULL DEFAULT '',
      code_duration int CHECK (code_duration >= 0),
      code_expiration int,
      code_duration_date date,
      application_id bigint,
      description text,
      price bigint,
      sap_id bigint,
      merchant_id bigint,
      channel_id bigint,
      prod_id bigint,
      prod_cat_id bigint,
      prod_subcat_id bigint,
      is_active boolean NOT NULL DEFAULT true,
      config jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT paycode_rules_org_slug_uq UNIQUE (organization_id, slug)
    )`);
    await q.query(`CREATE TABLE paycodes (
      id bigserial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      rule_id int NOT NULL REFERENCES paycode_rules(id),
      code varchar(128) NOT NULL,
      creator varchar(200) NOT NULL,
      gen_time timestamptz NOT NULL DEFAULT now(),
      start_time timestamptz NOT NULL,
      end_time timestamptz NOT NULL,
      use_time timestamptz,
      client varchar(200),
      is_active boolean NOT NULL DEFAULT true,
      CONSTRAINT paycodes_rule_code_uq UNIQUE (rule_id, code)
    )`);
    await q.query(`CREATE INDEX paycodes_organization_idx ON paycodes (organization_id, id)`);
    // PostgreSQL's own text form of a timestamp (2014-07-24 18:23:30.586785+02) in a given time zone.
    await q.query(`CREATE FUNCTION paycode_time(ts timestamptz, tz text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN ts IS NULL THEN NULL ELSE
          to_char(timezone(tz, ts), 'YYYY-MM-DD HH24:MI:SS.US') ||
          (SELECT CASE WHEN off < 0 THEN '-' ELSE '+' END || lpad((abs(off) / 3600)::text, 2, '0') ||
                  CASE WHEN abs(off) % 3600 <> 0 THEN ':' || lpad(((abs(off) % 3600) / 60)::text, 2, '0') ELSE '' END
           FROM (SELECT extract(epoch FROM timezone(tz, ts) - timezone('UTC', ts))::int AS off) o)
        END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION paycode_time(timestamptz, text)`);
    await q.query(`DROP TABLE paycodes`);
    await q.query(`DROP TABLE paycode_rules`);
    await q.query(`DROP TABLE paycode_patterns`);
  }
}
