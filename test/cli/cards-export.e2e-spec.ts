import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGiftcodeClient } from '../../libs/client/src';
import { CARD_COLUMNS, exportCards } from '../../apps/cli/src/cards/export-cards';
import { parseCsvLine } from '../../apps/cli/src/csv/csv';
import { TestApp } from '../helpers/test-app';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

describe('CLI: cards export to CSV through the typed client', () => {
  let t: TestApp;
  let baseUrl: string;
  let dir: string;
  let tenant: { id: string; token: string };
  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
    dir = mkdtempSync(join(tmpdir(), 'giftcode-cards-'));
    tenant = await t.newTenant();
    const other = await t.newTenant();
    const add = async (token: string, body: Record<string, unknown>) => {
      const res = await t.request('POST', '/organization/card/add', { token, body });
      if (res.status !== 201) throw new Error(res.text);
    };
    for (let i = 1; i <= 5; i++)
      await add(tenant.token, {
        code: `K${i}`,
        barcode: `B${i}`,
        name: i === 3 ? 'Ivanov, "Ivan"' : `Card ${i}`,
      });
    await add(other.token, { code: 'OTHER', barcode: 'OTHER-B' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every card of the organization, page by page, quoting where needed', async () => {
    const client = createGiftcodeClient({ baseUrl, token: tenant.token });
    const file = join(dir, 'cards.csv');
    const seen: number[] = [];
    expect(await exportCards(client, { file, pageSize: 2, onProgress: (n) => seen.push(n) })).toEqual({
      rows: 5,
      file,
    });
    expect(seen).toEqual([2, 4, 5]);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(parseCsvLine(lines[0])).toEqual([...CARD_COLUMNS]);
    const rows = lines.slice(1).map(parseCsvLine);
    expect(rows.map((r) => r[1]).sort()).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
    expect(rows.find((r) => r[1] === 'K3')![3]).toBe('Ivanov, "Ivan"');
    expect(lines.join('\n')).not.toContain('OTHER');
  });

  it('runs as `npm run cli -- cards export` and fails with one line and a non-zero exit', async () => {
    const file = join(dir, 'cli.csv');
    const run = promisify(execFile);
    const ok = await run('node', [
      CLI,
      'cards',
      'export',
      '--file',
      file,
      '--url',
      baseUrl,
      '--token',
      tenant.token,
    ]);
    expect(JSON.parse(ok.stdout)).toEqual({ rows: 5, file });
    const failed = await run('node', [
      CLI,
      'cards',
      'export',
      '--file',
      file,
      '--url',
      baseUrl,
      '--token',
      'wrong',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).not.toBe(0);
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
    expect((failed as { stderr: string }).stderr).toContain('HTTP 401');
  });
});
