import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Card groups, cards (seed 003), one-time identification codes and the notification outbox.
 * Ids are client-choosable UUIDs, unique per organization, so every key starts with
 * organization_id. Codes, barcodes, phones and emails use collation "C": their btree indexes then
 * serve prefix searches (`LIKE 'abc%'`) and byte-order sorting.
 */
export class Cards1763870800000 implements MigrationInterface {
  name = 'Cards1763870800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Case-insensitive search must not depend on the database's locale (the embedded server runs
    // with locale C, whose lower() leaves Cyrillic alone): lower-case with ICU when the server has it.
    const [icu] = await q.query(`SELECT count(*)::int AS n FROM pg_collation WHERE collname = 'und-x-icu'`);
    const lowered = icu.n > 0 ? `lower(t COLLATE "und-x-icu")` : `lower(t)`;
    await q.query(`CREATE FUNCTION card_search_lower(t text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${lowered} $$`);
    await q.query(`CREATE TABLE card_groups (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL,
      parent_id uuid,
      name text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT card_groups_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT card_groups_parent_fk FOREIGN KEY (organization_id, parent_id)
        REFERENCES card_groups (organization_id, id),
      CONSTRAINT card_groups_not_own_parent_ck CHECK (parent_id IS DISTINCT FROM id)
    )`);
    await q.query(
      `CREATE INDEX card_groups_parent_idx ON card_groups (organization_id, parent_id, name, id)`,
    );

    await q.query(`CREATE TABLE cards (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL,
      seq bigserial NOT NULL,
      parent_id uuid,
      code text COLLATE "C" NOT NULL,
      barcode text COLLATE "C" NOT NULL,
      name text NOT NULL DEFAULT '',
      description text NOT NULL DEFAULT '',
      balance numeric(14, 2) NOT NULL DEFAULT 0,
      active boolean NOT NULL DEFAULT false,
      blocked boolean NOT NULL DEFAULT false,
      blockeddescription text NOT NULL DEFAULT '',
      date_unblock timestamptz,
      mastercard_id uuid,
      referallink_id uuid,
      phone text COLLATE "C" NOT NULL DEFAULT '',
      email text COLLATE "C" NOT NULL DEFAULT '',
      external_card int NOT NULL DEFAULT 0,
      accum_sale_amount numeric(14, 2) NOT NULL DEFAULT 0,
      card_level_id uuid,
      new_card_id uuid,
      date_active timestamptz,
      activation_shop_id text NOT NULL DEFAULT '',
      date_deactivate timestamptz,
      date_last_transaction timestamptz,
      date_last_activity timestamptz,
      date_first_check timestamptz,
      last_transaction uuid,
      user_id text,
      image text,
      created_at timestamptz NOT NULL DEFAULT now(),
      search text GENERATED ALWAYS AS (
        card_search_lower(name || E'\\n' || barcode || E'\\n' || code || E'\\n' || phone || E'\\n' || email)
      ) STORED,
      CONSTRAINT cards_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT cards_parent_fk FOREIGN KEY (organization_id, parent_id)
        REFERENCES card_groups (organization_id, id),
      CONSTRAINT cards_mastercard_fk FOREIGN KEY (organization_id, mastercard_id)
        REFERENCES cards (organization_id, id),
      CONSTRAINT cards_referallink_fk FOREIGN KEY (organization_id, referallink_id)
        REFERENCES cards (organization_id, id) ON DELETE SET NULL (referallink_id),
      CONSTRAINT cards_new_card_fk FOREIGN KEY (organization_id, new_card_id)
        REFERENCES cards (organization_id, id) ON DELETE SET NULL (new_card_id),
      CONSTRAINT cards_balance_ck CHECK (balance >= 0),
      CONSTRAINT cards_accum_ck CHECK (accum_sale_amount >= 0),
      CONSTRAINT cards_code_ck CHECK (char_length(code) BETWEEN 1 AND 128),
      CONSTRAINT cards_barcode_ck CHECK (char_length(barcode) BETWEEN 1 AND 128)
    )`);
    await q.query(`CREATE UNIQUE INDEX cards_org_barcode_uq ON cards (organization_id, barcode)`);
    await q.query(`CREATE UNIQUE INDEX cards_org_seq_uq ON cards (organization_id, seq)`);
    await q.query(`CREATE INDEX cards_parent_idx ON cards (organization_id, parent_id, seq)`);
    await q.query(`CREATE INDEX cards_code_idx ON cards (organization_id, code)`);
    await q.query(`CREATE INDEX cards_email_idx ON cards (organization_id, email)`);
    // phones are searched by their last digits: a prefix search of the reversed digits
    await q.query(`CREATE INDEX cards_phone_reversed_idx ON cards (organization_id, reverse(phone))`);
    await q.query(
      `CREATE INDEX cards_user_idx ON cards (organization_id, user_id) WHERE user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX cards_mastercard_idx ON cards (organization_id, mastercard_id) WHERE mastercard_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX cards_referallink_idx ON cards (organization_id, referallink_id) WHERE referallink_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX cards_new_card_idx ON cards (organization_id, new_card_id) WHERE new_card_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX cards_level_idx ON cards (organization_id, card_level_id) WHERE card_level_id IS NOT NULL`,
    );
    // free cards for add_user: no user, never activated, our own
    await q.query(
      `CREATE INDEX cards_free_idx ON cards (organization_id, seq) WHERE user_id IS NULL AND date_active IS NULL AND external_card = 0`,
    );
    await q.query(
      `CREATE INDEX cards_unblock_due_idx ON cards (date_unblock) WHERE blocked AND date_unblock IS NOT NULL`,
    );
    // substring search of card_filter (and the fragment filters) over name, barcode, code, phone, email
    await q.query(`CREATE INDEX cards_search_trgm_idx ON cards USING gin (search gin_trgm_ops)`);

    await q.query(`CREATE TABLE identify_codes (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      user_ids text[] NOT NULL,
      send_to text NOT NULL CHECK (send_to IN ('email', 'phone')),
      code_hash char(64) NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      expires_at timestamptz NOT NULL,
      closed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT identify_codes_pkey PRIMARY KEY (organization_id, id)
    )`);
    await q.query(
      `CREATE INDEX identify_codes_open_idx ON identify_codes USING gin (user_ids) WHERE closed_at IS NULL`,
    );
    await q.query(`CREATE INDEX identify_codes_expires_idx ON identify_codes (expires_at)`);

    await q.query(`CREATE TABLE outbox_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      kind text NOT NULL,
      payload jsonb,
      state text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'delivered', 'logged', 'failed', 'expired')),
      ephemeral boolean NOT NULL DEFAULT false,
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      expires_at timestamptz,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE state = 'pending'`,
    );
    await q.query(
      `CREATE INDEX outbox_messages_organization_idx ON outbox_messages (organization_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
    await q.query(`DROP TABLE identify_codes`);
    await q.query(`DROP TABLE cards`);
    await q.query(`DROP TABLE card_groups`);
    await q.query(`DROP FUNCTION card_search_lower(text)`);
  }
}
