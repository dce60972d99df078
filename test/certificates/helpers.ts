import { TestApp } from '../helpers/test-app';

export const BASE = '/external/payment-certificate';

export interface Tenant {
  id: string;
  token: string;
}

/** Counts one organization's certificates straight from the database. */
export async function countRows(
  t: TestApp,
  tenant: Tenant,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  const [row] = await t.db.query(
    `SELECT count(*)::int AS n FROM certificates WHERE organization_id = $1 AND (${where})`,
    [tenant.id, ...params],
  );
  return row.n;
}

/** Every stored row of one organization, in id order. */
export async function storedRows(t: TestApp, tenant: Tenant): Promise<unknown[]> {
  return t.db.query(
    `SELECT id, code, is_active, value FROM certificates WHERE organization_id = $1 ORDER BY id`,
    [tenant.id],
  );
}

export function codes(prefix: string, n: number, from = 0): { code: string; value: number }[] {
  return Array.from({ length: n }, (_, i) => ({ code: `${prefix}${i + from}`, value: i + from }));
}

/**
 * Records every INSERT and UPDATE statement on certificates with the number of rows it wrote per
 * organization (statement-level triggers with transition tables), so a test can show a batch is
 * written by one statement rather than one per row. Each test file installs its own and drops it.
 */
export class StatementLog {
  private constructor(
    private readonly t: TestApp,
    private readonly name: string,
  ) {}

  static async install(t: TestApp, suffix: string): Promise<StatementLog> {
    const name = `certificates_test_log_${suffix}`;
    await t.db.query(`CREATE TABLE IF NOT EXISTS ${name} (
      seq bigserial PRIMARY KEY, organization_id uuid NOT NULL, op text NOT NULL, rows int NOT NULL)`);
    await t.db.query(`CREATE OR REPLACE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${name} (organization_id, op, rows)
          SELECT organization_id, TG_OP, count(*) FROM changed GROUP BY organization_id;
        RETURN NULL;
      END $$`);
    for (const op of ['INSERT', 'UPDATE']) {
      await t.db.query(`DROP TRIGGER IF EXISTS ${name}_${op.toLowerCase()} ON certificates`);
      await t.db.query(`CREATE TRIGGER ${name}_${op.toLowerCase()} AFTER ${op} ON certificates
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${name}_fn()`);
    }
    return new StatementLog(t, name);
  }

  /** The statements that wrote this organization's certificates, oldest first. */
  async of(tenant: Tenant): Promise<{ op: string; rows: number }[]> {
    return this.t.db.query(`SELECT op, rows FROM ${this.name} WHERE organization_id = $1 ORDER BY seq`, [
      tenant.id,
    ]);
  }

  async drop(): Promise<void> {
    for (const op of ['insert', 'update'])
      await this.t.db.query(`DROP TRIGGER IF EXISTS ${this.name}_${op} ON certificates`);
    await this.t.db.query(`DROP FUNCTION IF EXISTS ${this.name}_fn()`);
    await this.t.db.query(`DROP TABLE IF EXISTS ${this.name}`);
  }
}
