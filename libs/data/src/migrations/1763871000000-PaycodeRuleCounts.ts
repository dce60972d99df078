import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each pay-code rule keeps how many codes it has (`code_count`), kept by a statement-level trigger
 * on every insert, so generating a code checks the rule's remaining code space without counting
 * its (possibly millions of) codes under the rule's lock. Codes are never deleted.
 */
export class PaycodeRuleCounts1763871000000 implements MigrationInterface {
  name = 'PaycodeRuleCounts1763871000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE paycode_rules ADD COLUMN code_count bigint NOT NULL DEFAULT 0`);
    await q.query(`UPDATE paycode_rules r SET code_count = c.n
      FROM (SELECT rule_id, count(*) AS n FROM paycodes GROUP BY rule_id) c WHERE r.id = c.rule_id`);
    await q.query(`CREATE FUNCTION paycode_rules_count_codes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE paycode_rules r SET code_count = r.code_count + c.n
        FROM (SELECT rule_id, count(*) AS n FROM inserted GROUP BY rule_id) c
        WHERE r.id = c.rule_id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER paycodes_count_codes AFTER INSERT ON paycodes
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION paycode_rules_count_codes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER paycodes_count_codes ON paycodes`);
    await q.query(`DROP FUNCTION paycode_rules_count_codes()`);
    await q.query(`ALTER TABLE paycode_rules DROP COLUMN code_count`);
  }
}
