import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from '../helpers/server-process';

const ADMIN = 'start-test-admin-token-0123';

describe('the built service (npm start)', () => {
  it('serves /health, /docs and the admin routes on DATABASE_URL, and exits 0 on SIGTERM', async () => {
    const server = await ServerProcess.start({ DATABASE_URL: process.env.TEST_DB_URL!, ADMIN_TOKEN: ADMIN });
    try {
      await server.ready();
      const docs = await fetch(`${server.url}/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
      const org = await fetch(`${server.url}/admin/organizations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'started' }),
      });
      expect(org.status).toBe(201);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });

  it('with no configuration starts an embedded PostgreSQL in DATA_DIR and refuses a second process on it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'giftcode-start-'));
    const first = await ServerProcess.start({ DATA_DIR: dataDir });
    try {
      await first.ready(90_000);
      const health = (await (await fetch(`${first.url}/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      const second = await ServerProcess.start({ DATA_DIR: dataDir });
      expect(await second.exited()).not.toBe(0);
      expect(second.output.join('')).toContain('another process');
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops at boot with a clear line on bad configuration', async () => {
    const server = await ServerProcess.start({ DATABASE_URL: 'mysql://nope', PORT: 'abc' });
    expect(await server.exited()).toBe(2);
    expect(server.output.join('')).toMatch(/invalid configuration: .*DATABASE_URL/);
  });
});
