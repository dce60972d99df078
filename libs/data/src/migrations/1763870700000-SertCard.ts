import { MigrationInterface, QueryRunner } from 'typeorm';

export class SertCard1763870700000 implements MigrationInterface {
  name = 'SertCard1763870700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE sertcard_series (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id int NOT NULL CHECK (id > 0),
      name varchar(200) NOT NULL,
      item_codes text[] NOT NULL DEFAULT '{}',
      nominal numeric(12,2) CHECK (nominal > 0),
      validity_days int NOT NULL CHECK (validity_days BETWEEN 1 AND 36600),
      allow_refund boolean NOT NULL,
      allow_reuse boolean NOT NULL,
      secret_length int NOT NULL CHECK (secret_length BETWEEN 8 AND 64),
      secret_alphabet varchar(256) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sertcard_series_pkey PRIMARY KEY (organization_id, id)
    )`);
    await q.query(`CREATE TABLE sertcard_sales (
      id bigserial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      series_id int NOT NULL,
      pos_code varchar(100) NOT NULL,
      order_number varchar(100) NOT NULL,
      fingerprint char(64) NOT NULL,
      cheque_id bigint,
      client bigint,
      client_ishop bigint,
      email varchar(320),
      phone bigint,
      site_code varchar(100),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sertcard_sales_series_fk FOREIGN KEY (organization_id, series_id)
        REFERENCES sertcard_series (organization_id, id),
      CONSTRAINT sertcard_sales_order_uq UNIQUE (organization_id, pos_code, order_number)
    )`);
    // Numbers come from one sequence (never reused, unique everywhere); int, as the original's.
    await q.query(`CREATE SEQUENCE sertcard_number_seq AS int START 100001`);
    await q.query(`CREATE TABLE sertcard_certificates (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      number int NOT NULL DEFAULT nextval('sertcard_number_seq'),
      secret_code varchar(64) COLLATE "C" NOT NULL,
      sale_id bigint NOT NULL REFERENCES sertcard_sales(id) ON DELETE CASCADE,
      series_id int NOT NULL,
      item_code varchar(100) NOT NULL DEFAULT '',
      nominal numeric(12,2) NOT NULL CHECK (nominal > 0),
      remain numeric(12,2) NOT NULL,
      expires_at timestamptz NOT NULL,
      allow_refund boolean NOT NULL,
      allow_reuse boolean NOT NULL,
      blocked boolean NOT NULL DEFAULT false,
      refunded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sertcard_certificates_pkey PRIMARY KEY (organization_id, number),
      CONSTRAINT sertcard_certificates_secret_uq UNIQUE (organization_id, secret_code),
      CONSTRAINT sertcard_certificates_remain_ck CHECK (remain >= 0 AND remain <= nominal)
    )`);
    await q.query(`ALTER SEQUENCE sertcard_number_seq OWNED BY sertcard_certificates.number`);
    await q.query(`CREATE INDEX sertcard_certificates_sale_idx ON sertcard_certificates (sale_id, number)`);
    await q.query(`CREATE TABLE sertcard_refunds (
      id bigserial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      sale_id bigint NOT NULL REFERENCES sertcard_sales(id) ON DELETE CASCADE,
      fingerprint char(64) NOT NULL,
      numbers int[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sertcard_refunds_uq UNIQUE (sale_id, fingerprint)
    )`);
    await q.query(`CREATE TABLE sertcard_payments (
      id bigserial PRIMARY KEY,
      organization_id uuid NOT NULL,
      number int NOT NULL,
      pos_code varchar(100) NOT NULL,
      order_number varchar(100) NOT NULL,
      amount numeric(12,2) NOT NULL CHECK (amount > 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      refunded_at timestamptz,
      CONSTRAINT sertcard_payments_certificate_fk FOREIGN KEY (organization_id, number)
        REFERENCES sertcard_certificates (organization_id, number) ON DELETE CASCADE,
      CONSTRAINT sertcard_payments_order_uq UNIQUE (organization_id, pos_code, order_number, number)
    )`);
    await q.query(`CREATE INDEX sertcard_payments_number_idx ON sertcard_payments (organization_id, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sertcard_payments`);
    await q.query(`DROP TABLE sertcard_refunds`);
    await q.query(`DROP TABLE sertcard_certificates`);
    await q.query(`DROP TABLE sertcard_sales`);
    await q.query(`DROP TABLE sertcard_series`);
  }
}
