import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ADMIN, TestApp } from '../helpers/test-app';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const exec = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

type Mode = 'database' | 'http';

/** An environment without any of the variables that choose how the CLI works. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['GIFTCODE_URL', 'GIFTCODE_TOKEN', 'ADMIN_TOKEN', 'DATABASE_URL', 'DATA_DIR'])
    delete env[k];
  return env;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** A SertCard Token a POS might be configured with (long enough not to occur by chance in ids). */
const LEGACY = 918_273_645;
const randomOperatorId = () => 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);

describe('CLI: organizations, API tokens and legacy tokens', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
  });
  afterAll(() => t.close());

  /**
   * database: DATABASE_URL only. http: GIFTCODE_URL and ADMIN_TOKEN, with a DATABASE_URL nothing
   * listens on, so a command that touched the database instead of the service would fail.
   */
  const envFor = (mode: Mode): NodeJS.ProcessEnv =>
    mode === 'database'
      ? { ...baseEnv(), DATABASE_URL: process.env.TEST_DB_URL }
      : {
          ...baseEnv(),
          GIFTCODE_URL: baseUrl,
          ADMIN_TOKEN: ADMIN,
          DATABASE_URL: 'postgres://nobody:none@127.0.0.1:1/none',
        };

  const cli = async (mode: Mode | NodeJS.ProcessEnv, args: string[]): Promise<Outcome> => {
    const env = typeof mode === 'string' ? envFor(mode) : mode;
    try {
      const out = await exec(process.execPath, [CLI, ...args], { env });
      return { code: 0, stdout: out.stdout, stderr: out.stderr };
    } catch (e: any) {
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  /** Runs a command that must succeed and answers its JSON output. */
  const ok = async (mode: Mode | NodeJS.ProcessEnv, args: string[]): Promise<any> => {
    const out = await cli(mode, args);
    if (out.code !== 0) throw new Error(`${args.join(' ')} failed (${out.code}): ${out.stderr}`);
    return JSON.parse(out.stdout);
  };

  const me = (token: string) => t.request('GET', '/me', { token });
  const sertcardInfo = (operatorId: number, token: number) =>
    t.request('POST', '/api/sertcard/Info', { body: { Number: 1, Operator: operatorId, Token: token } });

  /**
   * Revoking through the service forgets the token at once. Revoking on the database directly is what
   * another replica sees: the service's few-second token cache (TokenCache TTL 5 s) lets it go by then.
   */
  const untilStatus = async (mode: Mode, status: number, call: () => Promise<{ status: number }>) => {
    const deadline = Date.now() + (mode === 'http' ? 0 : 7_000);
    for (;;) {
      const res = await call();
      if (res.status === status || Date.now() > deadline) return res.status;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  describe.each<Mode>(['database', 'http'])('%s mode', (mode) => {
    it('org create prints the organization and its first token once; the token authenticates and is listed without its secret', async () => {
      const name = `cli-org-${mode}-${Date.now()}`;
      const operatorId = randomOperatorId();
      const out = await cli(mode, ['org', 'create', '--name', name, '--operator-id', String(operatorId)]);
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      const created = JSON.parse(out.stdout);
      expect(created.organization).toMatchObject({
        name,
        operator_id: operatorId,
        settings: { timezone: 'UTC' },
      });
      expect(created.organization.id).toMatch(UUID);
      expect(created.token).toMatchObject({ name: 'first token', note: 'shown only once' });
      expect(created.token.id).toMatch(UUID);
      const secret: string = created.token.token;
      expect(secret).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(out.stdout.split(secret)).toHaveLength(2); // printed exactly once

      // stored as its SHA-256 only, for this organization
      const rows = await t.db.query(`SELECT * FROM api_tokens WHERE id = $1`, [created.token.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].organization_id).toBe(created.organization.id);
      expect(rows[0].token_hash).toBe(sha256(secret));
      expect(JSON.stringify(rows[0])).not.toContain(secret);

      const who = await me(secret);
      expect(who.status).toBe(200);
      expect(who.body).toMatchObject({ id: created.organization.id, name, operator_id: operatorId });

      const listed = await cli(mode, ['token', 'list', '--org', created.organization.id]);
      expect(listed.code).toBe(0);
      expect(listed.stdout).not.toContain(secret);
      const tokens = JSON.parse(listed.stdout);
      expect(tokens).toHaveLength(1);
      expect(Object.keys(tokens[0]).sort()).toEqual([
        'created_at',
        'expires_at',
        'id',
        'last_used_at',
        'name',
        'revoked_at',
      ]);
      expect(tokens[0]).toMatchObject({ id: created.token.id, name: 'first token', revoked_at: null });

      const orgs = await ok(mode, ['org', 'list']);
      expect(orgs).toContainEqual(created.organization);
    });

    it('token create prints a working token; token revoke makes it answer 401 and leaves the others working', async () => {
      const tenant = await t.newTenant();
      const created = await ok(mode, [
        'token',
        'create',
        '--org',
        tenant.id,
        '--name',
        'pos-1',
        '--expires-at',
        '2099-01-01T00:00:00Z',
      ]);
      expect(created).toEqual({
        id: expect.stringMatching(UUID),
        name: 'pos-1',
        token: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/),
        expires_at: '2099-01-01T00:00:00.000Z',
      });
      expect((await me(created.token)).status).toBe(200);

      const revoked = await ok(mode, ['token', 'revoke', '--org', tenant.id, '--token-id', created.id]);
      expect(revoked).toMatchObject({ id: created.id, name: 'pos-1', revoked_at: expect.any(String) });
      expect(revoked).not.toHaveProperty('token');
      expect(await untilStatus(mode, 401, () => me(created.token))).toBe(401);
      expect((await me(tenant.token)).status).toBe(200);
      const [row] = await t.db.query(`SELECT revoked_at FROM api_tokens WHERE id = $1`, [created.id]);
      expect(row.revoked_at).not.toBeNull();

      const tokens = await ok(mode, ['token', 'list', '--org', tenant.id]);
      expect(tokens.map((x: any) => [x.name, x.revoked_at !== null])).toEqual([
        ['test', false],
        ['pos-1', true],
      ]);
      expect(tokens.every((x: any) => !('token' in x))).toBe(true);
    });

    it('legacy-token create/list/revoke: the Operator + Token pair logs in to SertCard until revoked', async () => {
      const tenant = await t.newTenant();
      const given = await ok(mode, ['legacy-token', 'create', '--org', tenant.id, '--token', String(LEGACY)]);
      expect(given).toEqual({ id: expect.stringMatching(UUID), token: LEGACY });
      const random = await ok(mode, ['legacy-token', 'create', '--org', tenant.id]);
      expect(random).toEqual({ id: expect.stringMatching(UUID), token: expect.any(Number) });
      expect(Number.isSafeInteger(random.token) && random.token > 0).toBe(true);
      const stored = await t.db.query(
        `SELECT id, token_hash FROM legacy_tokens WHERE organization_id = $1 ORDER BY created_at, id`,
        [tenant.id],
      );
      expect(stored.map((r: any) => r.token_hash).sort()).toEqual(
        [
          sha256(`legacy:${tenant.operatorId}:${LEGACY}`),
          sha256(`legacy:${tenant.operatorId}:${random.token}`),
        ].sort(),
      );

      const before = await sertcardInfo(tenant.operatorId, LEGACY);
      // logged in: the answer is about the card (10: no such number), not the login
      expect([before.status, before.body.ErrorCode]).toEqual([200, 10]);
      expect((await sertcardInfo(tenant.operatorId, LEGACY + 1)).status).toBe(401);

      const listed = await cli(mode, ['legacy-token', 'list', '--org', tenant.id]);
      expect(listed.code).toBe(0);
      expect(listed.stdout).not.toContain(String(LEGACY));
      const list = JSON.parse(listed.stdout);
      expect(list.map((x: any) => x.id).sort()).toEqual([given.id, random.id].sort());
      for (const x of list) expect(Object.keys(x).sort()).toEqual(['created_at', 'id', 'revoked_at']);

      const revoked = await ok(mode, ['legacy-token', 'revoke', '--org', tenant.id, '--token-id', given.id]);
      expect(revoked).toMatchObject({ id: given.id, revoked_at: expect.any(String) });
      expect(await untilStatus(mode, 401, () => sertcardInfo(tenant.operatorId, LEGACY))).toBe(401);
      expect((await sertcardInfo(tenant.operatorId, random.token)).body.ErrorCode).toBe(10);
      const after = await ok(mode, ['legacy-token', 'list', '--org', tenant.id]);
      expect(after.find((x: any) => x.id === given.id).revoked_at).not.toBeNull();
      expect(after.find((x: any) => x.id === random.id).revoked_at).toBeNull();
    });

    it('errors are one line on stderr with a non-zero exit code, and change nothing', async () => {
      const unknown = randomUUID();
      const unique = `cli-err-${mode}-${Date.now()}`;
      const notFound =
        mode === 'http'
          ? `error: HTTP 404 organization_not_found: organization ${unknown} not found`
          : `error: organization ${unknown} not found`;
      const expectFailure = async (args: string[], line: string) => {
        const out = await cli(mode, args);
        expect({ args, code: out.code, stdout: out.stdout, stderr: out.stderr }).toEqual({
          args,
          code: 1,
          stdout: '',
          stderr: `${line}\n`,
        });
      };
      await expectFailure(['token', 'create', '--org', unknown, '--name', 'x'], notFound);
      await expectFailure(['token', 'list', '--org', unknown], notFound);
      await expectFailure(['legacy-token', 'create', '--org', unknown], notFound);
      await expectFailure(['legacy-token', 'list', '--org', unknown], notFound);
      await expectFailure(['org', 'create'], 'error: --name is required');
      await expectFailure(
        ['org', 'create', '--name', unique, '--operator-id', 'abc'],
        'error: --operator-id must be a whole number, got "abc"',
      );
      await expectFailure(
        ['token', 'list', '--org', 'nope'],
        'error: --org must be an id (UUID), got "nope"',
      );
      await expectFailure(['token', 'list'], 'error: --org is required');

      const tenant = await t.newTenant();
      const unknownToken = randomUUID();
      await expectFailure(
        ['token', 'revoke', '--org', tenant.id, '--token-id', unknownToken],
        mode === 'http'
          ? `error: HTTP 404 token_not_found: token ${unknownToken} not found`
          : `error: token ${unknownToken} not found`,
      );
      await expectFailure(
        ['org', 'create', '--name', unique, '--operator-id', String(tenant.operatorId)],
        mode === 'http'
          ? `error: HTTP 409 operator_id_taken: operator_id ${tenant.operatorId} is taken`
          : `error: operator_id ${tenant.operatorId} is taken`,
      );
      const [n] = await t.db.query(`SELECT count(*)::int AS n FROM api_tokens WHERE organization_id = $1`, [
        tenant.id,
      ]);
      expect(n.n).toBe(1);
      const [orgs] = await t.db.query(`SELECT count(*)::int AS n FROM organizations WHERE name = $1`, [
        unique,
      ]);
      expect(orgs.n).toBe(0);
    });
  });

  it('http mode takes --url and --admin-token as flags too, and needs an admin token', async () => {
    const env = { ...baseEnv(), DATABASE_URL: 'postgres://nobody:none@127.0.0.1:1/none' };
    const name = `cli-flags-${Date.now()}`;
    const created = await ok(env, [
      'org',
      'create',
      '--url',
      baseUrl,
      '--admin-token',
      ADMIN,
      '--name',
      name,
    ]);
    expect(created.organization.name).toBe(name);
    expect((await me(created.token.token)).status).toBe(200);

    const missing = await cli(env, ['org', 'list', '--url', baseUrl]);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      'error: --admin-token (or ADMIN_TOKEN) is required\n',
    ]);
    const wrong = await cli(env, ['org', 'list', '--url', baseUrl, '--admin-token', 'not-the-admin-token']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^error: HTTP 401 [^\n]+\n$/);
  });

  it('--help (npm run cli -- --help) lists every command', async () => {
    // --ignore-scripts skips the `precli` build: rebuilding dist/ here would pull it from under the
    // other test files running the built CLI and service at the same time
    const out = await exec('npm', ['run', '--silent', '--ignore-scripts', 'cli', '--', '--help'], {
      cwd: join(__dirname, '../..'),
      env: baseEnv(),
    });
    for (const command of [
      'org create',
      'org list',
      'token create',
      'token list',
      'token revoke',
      'legacy-token create',
      'legacy-token list',
      'legacy-token revoke',
      'migration run',
      'openapi write',
      'openapi check',
      'certificates import',
      'certificates export',
      'cards export',
      'paycodes generate',
    ]) {
      expect(out.stdout).toContain(`npm run cli -- ${command}`);
    }
    expect(out.stdout).toContain('GIFTCODE_URL');
    const unknown = await cli(baseEnv(), ['org', 'delete']);
    expect([unknown.code, unknown.stderr]).toEqual([1, 'error: unknown command "org delete" (see --help)\n']);
  }, 180_000);
});
