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
