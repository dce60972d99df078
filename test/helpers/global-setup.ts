import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations, startEmbeddedPostgres } from '../../libs/data/src';

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL or DATABASE_URL when set, else an
 * embedded server in a temporary directory, stopped by global-teardown. Migrations run once.
 */
export default async function globalSetup(): Promise<void> {
  let url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'giftcode-test-'));
    const embedded = await startEmbeddedPostgres({ dataDir: dir, fast: true });
    (globalThis as any).__embedded = embedded;
    (globalThis as any).__embeddedDir = dir;
    url = embedded.url;
  }
  process.env.TEST_DB_URL = url;
  await runMigrations(url);
}
