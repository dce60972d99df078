import { TestApp } from '../helpers/test-app';

export const P = '/paycodes';

export interface Tenant {
  id: string;
  token: string;
}

export async function createRule(t: TestApp, tenant: Tenant, body: Record<string, unknown>) {
  const res = await t.request('POST', `${P}/rules`, {
    token: tenant.token,
    body: { pattern_slug: 'alfanumeryczne', code_lenght: 6, ...body },
  });
  if (res.status !== 201) throw new Error(`rule not created: ${res.text}`);
  return res.body;
}

export async function generate(t: TestApp, tenant: Tenant, body: Record<string, unknown>) {
  return t.request('POST', `${P}/generate_code`, {
    token: tenant.token,
    body: { creator: 'tester', ...body },
  });
}

export function use(t: TestApp, tenant: Tenant, rule_slug: string, code: string, client = 'shop') {
  return t.request('POST', `${P}/use_code`, { token: tenant.token, body: { code, rule_slug, client } });
}

/**
 * Counts every row an INSERT proposes for one organization's paycodes, stored or not: a row-level
 * BEFORE trigger fires before ON CONFLICT DO NOTHING skips a collided code, so proposed minus
 * stored is the number of collisions the database turned away.
 */
export class ProposedRows {
  private constructor(
    private readonly t: TestApp,
    private readonly name: string,
  ) {}

  static async install(t: TestApp, tenant: Tenant): Promise<ProposedRows> {
    if (!/^[0-9a-f-]{36}$/.test(tenant.id)) throw new Error(`not a uuid: ${tenant.id}`);
    const name = `paycodes_test_proposed_${tenant.id.replace(/-/g, '')}`;
    await t.db.query(`CREATE TABLE ${name} (code text NOT NULL)`);
    await t.db.query(`CREATE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${name} (code) VALUES (NEW.code);
        RETURN NEW;
      END $$`);
    await t.db.query(`CREATE TRIGGER ${name} BEFORE INSERT ON paycodes FOR EACH ROW
      WHEN (NEW.organization_id = '${tenant.id}'::uuid) EXECUTE FUNCTION ${name}_fn()`);
    return new ProposedRows(t, name);
  }

  /** Rows proposed so far, and how many distinct codes they carried. */
  async count(): Promise<{ rows: number; codes: number }> {
    const [row] = await this.t.db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT code)::int AS codes FROM ${this.name}`,
    );
    return row;
  }

  async drop(): Promise<void> {
    await this.t.db.query(`DROP TRIGGER IF EXISTS ${this.name} ON paycodes`);
    await this.t.db.query(`DROP FUNCTION IF EXISTS ${this.name}_fn()`);
    await this.t.db.query(`DROP TABLE IF EXISTS ${this.name}`);
  }
}

/**
 * Stores codes of a rule straight into the database (test set-up): for each i in [from, to], the
 * 12 low bits of i written with A for 0 and B for 1 (a rule of the pattern "AB", code_lenght 12).
 */
export async function prefillBinaryCodes(
  t: TestApp,
  tenant: Tenant,
  ruleSlug: string,
  from: number,
  to: number,
): Promise<number> {
  const rows = await t.db.query(
    `INSERT INTO paycodes (organization_id, rule_id, code, creator, start_time, end_time)
     SELECT $1, r.id, translate(i::bit(12)::text, '01', 'AB'), 'prefill', now(), now() + interval '1 day'
     FROM paycode_rules r, generate_series($3::int, $4::int) AS i
     WHERE r.organization_id = $1 AND r.slug = $2
     RETURNING 1`,
    [tenant.id, ruleSlug, from, to],
  );
  return rows.length;
}
