import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestApp } from '../helpers/test-app';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');

describe('CLI: paycodes generate to a file', () => {
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

  it('writes the generated codes one per line, and fails with one line for an unknown rule', async () => {
    const tenant = await t.newTenant();
    await t.request('POST', '/paycodes/rules', {
      token: tenant.token,
      body: { slug: 'cli', pattern_slug: 'numeryczne', code_lenght: 10 },
    });
    const run = promisify(execFile);
    const file = join(dir, 'codes.txt');
    const env = { ...process.env, GIFTCODE_URL: baseUrl, GIFTCODE_TOKEN: tenant.token };
    const out = await run(
      process.execPath,
      [CLI, 'paycodes', 'generate', '--rule', 'cli', '--count', '500', '--file', file],
      { env },
    );
    expect(JSON.parse(out.stdout)).toEqual({ codes: 500, file });
    const codes = readFileSync(file, 'utf8').trim().split('\n');
    expect(codes).toHaveLength(500);
    expect(codes.every((c) => /^\d{10}$/.test(c))).toBe(true);
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM paycodes WHERE organization_id = $1 AND code = ANY($2)`,
      [tenant.id, codes],
    );
    expect(row.n).toBe(500);

    const err = await run(
      process.execPath,
      [CLI, 'paycodes', 'generate', '--rule', 'nope', '--count', '5', '--file', file],
      { env },
    ).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim()).toBe('error: HTTP 404 rule_not_found: no rule with slug "nope"');
  });
});
