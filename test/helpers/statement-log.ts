import type { TestApp } from './test-app';

type Op = 'INSERT' | 'UPDATE';

/**
 * Records every INSERT (and UPDATE, when asked) statement on a table with the number of rows it
 * wrote per organization (statement-level triggers with transition tables), so a test can show a
 * batch is written by one or a few statements rather than one per row. Statements that wrote no
 * row leave no record. Each test file installs its own and drops it.
 */
export class StatementLog {
  private constructor(
    private readonly t: TestApp,
    private readonly name: string,
    private readonly table: string,
    private readonly ops: Op[],
  ) {}

  static async install(
    t: TestApp,
    table: string,
    suffix: string,
    ops: Op[] = ['INSERT'],
  ): Promise<StatementLog> {
    const name = `${table}_test_log_${suffix}`;
    await t.db.query(`CREATE TABLE IF NOT EXISTS ${name} (
      seq bigserial PRIMARY KEY, organization_id uuid NOT NULL, op text NOT NULL, rows int NOT NULL)`);
    await t.db.query(`CREATE OR REPLACE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${name} (organization_id, op, rows)
          SELECT organization_id, TG_OP, count(*) FROM changed GROUP BY organization_id;
        RETURN NULL;
      END $$`);
    for (const op of ops) {
      await t.db.query(`DROP TRIGGER IF EXISTS ${name}_${op.toLowerCase()} ON ${table}`);
      await t.db.query(`CREATE TRIGGER ${name}_${op.toLowerCase()} AFTER ${op} ON ${table}
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${name}_fn()`);
    }
    return new StatementLog(t, name, table, ops);
  }

  /** The statements that wrote this organization's rows, oldest first. */
  async of(tenant: { id: string }): Promise<{ op: string; rows: number }[]> {
    return this.t.db.query(`SELECT op, rows FROM ${this.name} WHERE organization_id = $1 ORDER BY seq`, [
      tenant.id,
    ]);
  }

  async drop(): Promise<void> {
    for (const op of this.ops)
      await this.t.db.query(`DROP TRIGGER IF EXISTS ${this.name}_${op.toLowerCase()} ON ${this.table}`);
    await this.t.db.query(`DROP FUNCTION IF EXISTS ${this.name}_fn()`);
    await this.t.db.query(`DROP TABLE IF EXISTS ${this.name}`);
  }
}
