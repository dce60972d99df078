import { TestApp } from '../helpers/test-app';
import { seedTenantB } from './tenancy-fixtures';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Fingerprint of every row of one organization, in every table that has an organization_id. */
async function fingerprint(t: TestApp, orgId: string): Promise<Record<string, string>> {
  const tables = await t.db.query(
    `SELECT table_name FROM information_schema.columns
     WHERE column_name = 'organization_id' AND table_schema = 'public'
       AND table_name NOT IN ('throttle_counters', 'idempotency_keys', 'api_tokens', 'legacy_tokens')`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const rows = await t.db.query(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f
       FROM "${table_name}" t WHERE organization_id = $1`,
      [orgId],
    );
    out[table_name] = rows[0].f;
  }
  return out;
}

describe('tenancy: organization A against organization B, on every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it("answers B's identifiers exactly like unknown ones, never shows B's rows, changes nothing of B's", async () => {
    const a = await t.newTenant();
    const b = await t.newTenant();
    const { probes, markers } = await seedTenantB(t, b.token);
    const before = await fingerprint(t, b.id);
    expect(Object.keys(before).length).toBeGreaterThan(2);

    const doc = (await t.request('GET', '/docs-json')).body;
    const ops: { method: string; template: string }[] = [];
    for (const [template, item] of Object.entries<Record<string, unknown>>(doc.paths))
      for (const method of METHODS) if (item[method]) ops.push({ method: method.toUpperCase(), template });

    // every route that names a resource in its path has a probe
    const tenantRoutes = ops.filter((o) => !o.template.startsWith('/admin') && o.template !== '/health');
    const unprobed = tenantRoutes.filter(
      (o) =>
        o.template.includes('{') && !probes.some((p) => p.method === o.method && p.template === o.template),
    );
    expect(unprobed).toEqual([]);

    const mismatches: string[] = [];
    for (const probe of probes) {
      const withB = await t.request(probe.method, probe.pathB, { token: a.token, body: probe.bodyB });
      const unknown = await t.request(probe.method, probe.pathUnknown, {
        token: a.token,
        body: probe.bodyUnknown,
      });
      const normalize = (text: string, path: string, body: unknown) => {
        let s = text;
        const parts = [...path.split(/[/?=&]/), ...JSON.stringify(body ?? '').split(/[^\w-]+/)];
        for (const v of parts
          .filter((x) => x.length > 3 || /^\d+$/.test(x))
          .sort((x, y) => y.length - x.length))
          s = s.split(v).join('<ref>');
        return s;
      };
      const seenB = normalize(withB.text, probe.pathB, probe.bodyB);
      const seenUnknown = normalize(unknown.text, probe.pathUnknown, probe.bodyUnknown);
      if (withB.status !== unknown.status || seenB !== seenUnknown)
        mismatches.push(
          `${probe.method} ${probe.pathB}: ${withB.status} ${withB.text} | unknown: ${unknown.status} ${unknown.text}`,
        );
      if (markers.some((m) => seenB.includes(m)))
        mismatches.push(`${probe.method} ${probe.pathB} shows B's data: ${withB.text}`);
    }
    expect(mismatches).toEqual([]);

    // lists and reads without identifiers never include B's rows
    for (const o of tenantRoutes.filter((r) => r.method === 'GET' && !r.template.includes('{'))) {
      const res = await t.request('GET', o.template, { token: a.token });
      expect([o.template, res.status < 500]).toEqual([o.template, true]);
      for (const m of markers) expect([o.template, res.text.includes(m)]).toEqual([o.template, false]);
    }
    expect(await fingerprint(t, b.id)).toEqual(before);
  });
});
