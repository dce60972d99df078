import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1763870500000 implements MigrationInterface {
  name = 'Certificates1763870500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE certificates (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id int NOT NULL CHECK (id > 0),
      code varchar(64) COLLATE "C" NOT NULL,
      is_active boolean NOT NULL DEFAULT true,
      value int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT certificates_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT certificates_org_code_uq UNIQUE (organization_id, code) DEFERRABLE INITIALLY IMMEDIATE,
      CONSTRAINT certificates_code_length_ck CHECK (char_length(code) BETWEEN 1 AND 64),
      CONSTRAINT certificates_value_ck CHECK (value >= 0)
    )`);
    await q.query(`CREATE TABLE certificate_sequences (
      organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
      last_id int NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_sequences`);
    await q.query(`DROP TABLE certificates`);
  }
}
