import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bonus ledger (transactions and dated point batches), card levels and their history (seed
 * 003). Card balances written by the previous migration become opening entries on the account
 * each card books on (its master card's, if it has one), and `cards.balance` goes: balances are
 * now what is left in the batches.
 */
export class CardLedger1763870900000 implements MigrationInterface {
  name = 'CardLedger1763870900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE card_levels (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      accum_level numeric(14, 2) NOT NULL CHECK (accum_level >= 0),
      priority int NOT NULL,
      reset boolean NOT NULL DEFAULT false,
      discount numeric(5, 2) CHECK (discount BETWEEN 0 AND 100),
      bonus_percent numeric(5, 2) CHECK (bonus_percent BETWEEN 0 AND 100),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT card_levels_pkey PRIMARY KEY (organization_id, id)
    )`);
    await q.query(`CREATE INDEX card_levels_priority_idx ON card_levels (organization_id, priority)`);
    // no level existed before this migration, so no card can point to one
    await q.query(`UPDATE cards SET card_level_id = NULL WHERE card_level_id IS NOT NULL`);
    await q.query(`ALTER TABLE cards ADD CONSTRAINT cards_level_fk FOREIGN KEY (organization_id, card_level_id)
      REFERENCES card_levels (organization_id, id)`);

    await q.query(`CREATE TABLE card_level_history (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL,
      card_id uuid NOT NULL,
      from_level_id uuid,
      from_level_name text,
      to_level_id uuid,
      to_level_name text,
      accum_sale_amount numeric(14, 2) NOT NULL,
      reason text NOT NULL CHECK (reason IN ('levelup', 'leveldown', 'manual', 'replacement')),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT card_level_history_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT card_level_history_card_fk FOREIGN KEY (organization_id, card_id)
        REFERENCES cards (organization_id, id) ON DELETE CASCADE
    )`);
    await q.query(
      `CREATE INDEX card_level_history_card_idx ON card_level_history (organization_id, card_id, seq)`,
    );

    // card_id: the card a transaction was made with (kept as history when that card goes);
    // account_id: the card whose points it books (its master card's, or its own)
    await q.query(`CREATE TABLE card_transactions (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL,
      seq bigserial NOT NULL,
      card_id uuid,
      account_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('opening', 'accrual', 'spend', 'cancel')),
      amount numeric(14, 2) NOT NULL CHECK (amount <> 0),
      sale_amount numeric(14, 2) NOT NULL DEFAULT 0,
      active_from timestamptz,
      active_to timestamptz,
      external_id text,
      shop_id text,
      description text,
      cancels uuid,
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CONSTRAINT card_transactions_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT card_transactions_card_fk FOREIGN KEY (organization_id, card_id)
        REFERENCES cards (organization_id, id) ON DELETE SET NULL (card_id),
      CONSTRAINT card_transactions_account_fk FOREIGN KEY (organization_id, account_id)
        REFERENCES cards (organization_id, id) ON DELETE CASCADE,
      CONSTRAINT card_transactions_sign_ck CHECK (
        (kind IN ('opening', 'accrual') AND amount > 0) OR (kind = 'spend' AND amount < 0) OR kind = 'cancel')
    )`);
    await q.query(`CREATE UNIQUE INDEX card_transactions_external_uq ON card_transactions (organization_id, card_id, external_id)
      WHERE external_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX card_transactions_account_idx ON card_transactions (organization_id, account_id, seq)`,
    );
    await q.query(
      `CREATE INDEX card_transactions_card_idx ON card_transactions (organization_id, card_id, seq)`,
    );

    await q.query(`CREATE TABLE point_batches (
      organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL,
      transaction_id uuid NOT NULL,
      amount numeric(14, 2) NOT NULL CHECK (amount > 0),
      remaining numeric(14, 2) NOT NULL,
      active_from timestamptz NOT NULL,
      active_to timestamptz,
      created_at timestamptz NOT NULL,
      CONSTRAINT point_batches_pkey PRIMARY KEY (organization_id, id),
      CONSTRAINT point_batches_account_fk FOREIGN KEY (organization_id, account_id)
        REFERENCES cards (organization_id, id) ON DELETE CASCADE,
      CONSTRAINT point_batches_transaction_fk FOREIGN KEY (organization_id, transaction_id)
        REFERENCES card_transactions (organization_id, id) ON DELETE CASCADE,
      CONSTRAINT point_batches_remaining_ck CHECK (remaining >= 0 AND remaining <= amount),
      CONSTRAINT point_batches_dates_ck CHECK (active_to IS NULL OR active_to > active_from)
    )`);
    await q.query(`CREATE INDEX point_batches_open_idx ON point_batches (organization_id, account_id, active_to, active_from)
      WHERE remaining > 0`);
    await q.query(
      `CREATE INDEX point_batches_transaction_idx ON point_batches (organization_id, transaction_id)`,
    );

    // which batches a spend took from, so cancelling it gives the points back to them
    await q.query(`CREATE TABLE batch_spends (
      organization_id uuid NOT NULL,
      transaction_id uuid NOT NULL,
      batch_id uuid NOT NULL,
      amount numeric(14, 2) NOT NULL CHECK (amount > 0),
      CONSTRAINT batch_spends_pkey PRIMARY KEY (organization_id, transaction_id, batch_id),
      CONSTRAINT batch_spends_transaction_fk FOREIGN KEY (organization_id, transaction_id)
        REFERENCES card_transactions (organization_id, id) ON DELETE CASCADE,
      CONSTRAINT batch_spends_batch_fk FOREIGN KEY (organization_id, batch_id)
        REFERENCES point_batches (organization_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX batch_spends_batch_idx ON batch_spends (organization_id, batch_id)`);

    // opening balances of the cards made so far become opening entries
    await q.query(`CREATE TEMP TABLE opening_balances ON COMMIT DROP AS
      SELECT organization_id, gen_random_uuid() AS tid, id AS card_id, COALESCE(mastercard_id, id) AS account_id,
             balance, created_at
      FROM cards WHERE balance > 0`);
    await q.query(`INSERT INTO card_transactions (organization_id, id, card_id, account_id, kind, amount, active_from, created_at)
      SELECT organization_id, tid, card_id, account_id, 'opening', balance, created_at, created_at FROM opening_balances`);
    await q.query(`INSERT INTO point_batches (organization_id, account_id, transaction_id, amount, remaining, active_from, created_at)
      SELECT organization_id, account_id, tid, balance, balance, created_at, created_at FROM opening_balances`);
    await q.query(`ALTER TABLE cards DROP COLUMN balance`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cards ADD COLUMN balance numeric(14, 2) NOT NULL DEFAULT 0
      CONSTRAINT cards_balance_ck CHECK (balance >= 0)`);
    await q.query(`UPDATE cards c SET balance = b.left FROM (
        SELECT organization_id, account_id, sum(remaining) AS left FROM point_batches
        WHERE remaining > 0 AND (active_to IS NULL OR active_to > now()) GROUP BY organization_id, account_id
      ) b WHERE c.organization_id = b.organization_id AND c.id = b.account_id`);
    await q.query(`DROP TABLE batch_spends`);
    await q.query(`DROP TABLE point_batches`);
    await q.query(`DROP TABLE card_transactions`);
    await q.query(`DROP TABLE card_level_history`);
    await q.query(`ALTER TABLE cards DROP CONSTRAINT cards_level_fk`);
    await q.query(`DROP TABLE card_levels`);
  }
}
