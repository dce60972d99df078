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
