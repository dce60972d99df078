import { TestApp } from '../helpers/test-app';

export const O = '/organization';

export interface Tenant {
  id: string;
  token: string;
}

let counter = 0;
/** A barcode no other test uses. */
export function barcode(prefix = 'BC'): string {
  counter += 1;
  return `${prefix}${process.pid}${Date.now().toString(36)}${counter}`;
}

export async function addGroup(t: TestApp, tenant: Tenant, body: Record<string, unknown> = {}) {
  const res = await t.request('POST', `${O}/card_group/add`, { token: tenant.token, body });
  if (res.status !== 201) throw new Error(`group not created: ${res.text}`);
  return res.body.card_group;
}

export async function addCard(t: TestApp, tenant: Tenant, body: Record<string, unknown> = {}) {
  const res = await t.request('POST', `${O}/card/add`, {
    token: tenant.token,
    body: { code: barcode('C'), barcode: barcode(), ...body },
  });
  if (res.status !== 201) throw new Error(`card not created: ${res.text}`);
  return res.body.card;
}

/** Rows of a table for one organization, straight from the database. */
export async function rowsOf(t: TestApp, tenant: Tenant, table: string, cols = '*'): Promise<any[]> {
  return t.db.query(`SELECT ${cols} FROM ${table} WHERE organization_id = $1 ORDER BY 1`, [tenant.id]);
}
