import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGiftcodeClient } from '../../libs/client/src';
import { updatePrices } from '../../examples/bulk-price-update';
import { exportNightly } from '../../examples/nightly-export';
import { TestApp } from '../helpers/test-app';

describe('examples/ admin scripts against the running service', () => {
  let t: TestApp;
  let baseUrl: string;
  let tenant: { id: string; token: string };
  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
    tenant = await t.newTenant();
    const items = [
      ...Array.from({ length: 25 }, (_, i) => ({ code: `SPRING-${i}`, value: 100 })),
      { code: 'SPRING-off', value: 100, is_active: false },
      { code: 'OTHER-1', value: 100 },
      { code: 'quote,"comma"', value: 7 },
    ];
    const res = await t.request('POST', '/external/payment-certificate/bulk-create', {
      token: tenant.token,
      body: items,
    });
    expect(res.status).toBe(201);
  });
  afterAll(() => t.close());

  const valueOf = async (code: string) =>
    Number(
      (
        await t.db.query('SELECT value FROM certificates WHERE organization_id = $1 AND code = $2', [
          tenant.id,
          code,
        ])
      )[0].value,
    );

  it('bulk-price-update changes only active certificates with the prefix, and a re-run changes nothing', async () => {
    const client = createGiftcodeClient({ baseUrl, token: tenant.token });
    expect(await updatePrices(client, 'SPRING-', 1500)).toBe(25);
    expect(await valueOf('SPRING-0')).toBe(1500);
    expect(await valueOf('SPRING-24')).toBe(1500);
    expect(await valueOf('SPRING-off')).toBe(100);
    expect(await valueOf('OTHER-1')).toBe(100);
    expect(await updatePrices(client, 'SPRING-', 1500)).toBe(0);
  });

  it('bulk-price-update reports the service refusal', async () => {
    const client = createGiftcodeClient({ baseUrl, token: 'wrong-token' });
    await expect(updatePrices(client, 'SPRING-', 1)).rejects.toThrow('HTTP 401 unauthorized');
  });

  it('nightly-export writes every certificate to a dated CSV, quoting where needed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const client = createGiftcodeClient({ baseUrl, token: tenant.token });
    const file = await exportNightly(client, dir, new Date('2026-11-23T02:00:00Z'));
    expect(file).toBe(join(dir, 'certificates-2026-11-23.csv'));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id,code,is_active,value');
    expect(lines).toHaveLength(29);
    expect(lines).toContain('28,"quote,""comma""",true,7');
    expect(lines).toContain('26,SPRING-off,false,100');
    expect(readdirSync(dir)).toEqual(['certificates-2026-11-23.csv']);
  });

  it('nightly-export leaves no file behind when the service refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const client = createGiftcodeClient({ baseUrl, token: 'wrong-token' });
    await expect(exportNightly(client, dir)).rejects.toThrow('HTTP 401');
    expect(readdirSync(dir)).toEqual([]);
  });
});
