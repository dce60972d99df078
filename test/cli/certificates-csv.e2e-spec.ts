import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGiftcodeClient } from '../../libs/client/src';
import { exportCertificates } from '../../apps/cli/src/certificates/export-certificates';
import { importCertificates } from '../../apps/cli/src/certificates/import-certificates';
import { parseCsvLine } from '../../apps/cli/src/csv/csv';
import { TestApp } from '../helpers/test-app';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

describe('CLI: certificates CSV import and export through the typed client', () => {
  let t: TestApp;
  let baseUrl: string;
  let dir: string;
  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
    dir = mkdtempSync(join(tmpdir(), 'giftcode-cli-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (orgId: string) =>
    (await t.db.query('SELECT count(*)::int AS n FROM certificates WHERE organization_id = $1', [orgId]))[0]
      .n;

  it('imports in batches, puts refused rows in the failed file with reasons, and never imports twice', async () => {
    const tenant = await t.newTenant();
    const client = createGiftcodeClient({ baseUrl, token: tenant.token });
    const lines = ['code,is_active,value'];
    for (let i = 0; i < 2500; i++) lines.push(`C-${i},${i % 2 ? 'true' : 'false'},${i}`);
    lines.push('C-7,true,1'); // the code of a row imported by an earlier batch
    lines.push(',true,5'); // empty code
    lines.push('"Quoted, code",true,abc'); // bad value
    lines.push('"Quoted, ok",1,10');
    const file = join(dir, 'certs.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const failedFile = join(dir, 'failed.csv');
    const seen: number[] = [];
    const through: number[] = [];

    const summary = await importCertificates(client, {
      file,
      batchSize: 1000,
      failedFile,
      onProgress: (n, bytes, total) => {
        seen.push(n);
        through.push(bytes / total);
      },
    });
    expect(summary).toEqual({ rows: 2504, imported: 2501, failed: 3, failed_file: failedFile });
    expect(seen[seen.length - 1]).toBe(2504);
    // the bar's position: how far into the file, never backwards, all of it at the end
    expect(through.every((x, i) => x > 0 && x <= 1 && (i === 0 || x >= through[i - 1]))).toBe(true);
    expect(through[through.length - 1]).toBe(1);
    expect(await count(tenant.id)).toBe(2501);
    const failed = readFileSync(failedFile, 'utf8').trim().split('\n').map(parseCsvLine);
    expect(failed[0]).toEqual(['line', 'code', 'is_active', 'value', 'reason']);
    expect(
      failed
        .slice(1)
        .map((f) => [f[0], f[1]])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      ['2502', 'C-7'],
      ['2503', ''],
      ['2504', 'Quoted, code'],
    ]);
    expect(failed.find((f) => f[1] === 'C-7')![4]).toContain('already has this code');

    const again = await importCertificates(client, { file, batchSize: 1000, failedFile });
    expect(again.failed).toBe(3);
    expect(await count(tenant.id)).toBe(2501);
  });

  it('exports every certificate to CSV in id order', async () => {
    const tenant = await t.newTenant();
    await t.request('POST', '/external/payment-certificate/bulk-create', {
      token: tenant.token,
      body: [{ code: 'A,1', value: 5 }, { code: 'B"2', is_active: false }, { code: 'C3' }],
    });
    const client = createGiftcodeClient({ baseUrl, token: tenant.token });
    const file = join(dir, 'export.csv');
    expect(await exportCertificates(client, { file, pageSize: 2 })).toEqual({ rows: 3, file });
    expect(readFileSync(file, 'utf8')).toBe(
      'id,code,is_active,value\n1,"A,1",true,5\n2,"B""2",false,0\n3,C3,true,0\n',
    );
  });

  it('prints one clear line and exits non-zero on errors', async () => {
    const tenant = await t.newTenant();
    const run = promisify(execFile);
    const err = await run(
      process.execPath,
      [CLI, 'certificates', 'import', '--file', join(dir, 'missing.csv'), '--url', baseUrl],
      {
        env: { ...process.env, GIFTCODE_TOKEN: tenant.token },
      },
    ).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim().split('\n')).toHaveLength(1);
    expect(err.stderr).toMatch(/^error: .*missing\.csv/);

    const file = join(dir, 'one.csv');
    writeFileSync(file, 'code\nX-1\n');
    const bad = await run(
      process.execPath,
      [CLI, 'certificates', 'export', '--file', file, '--url', baseUrl, '--token', 'wrong'],
      {},
    ).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'error: listing refused: HTTP 401 unauthorized: a valid token is required',
    );
  });
});
