import { resolveDatabase, runMigrations } from '@app/data';
import { createApp } from '../../../api/src/bootstrap';
import { loadConfig } from '../../../api/src/config/app-config';
import { generateOpenApiFiles, staleFiles, writeOpenApiFiles } from './openapi-files';

/** `openapi write` regenerates openapi.json and the client types; `openapi check` fails when they drifted. */
export async function openApiCommand(action: string): Promise<unknown> {
  // The document includes the admin routes, which exist only with an ADMIN_TOKEN.
  const config = loadConfig({
    ...process.env,
    ADMIN_TOKEN: 'openapi-document-generation',
    LOG_LEVEL: 'silent',
  });
  const database = await resolveDatabase(config.DATABASE_URL, config.DATA_DIR, () => undefined, true);
  try {
    await runMigrations(database.url);
    const app = await createApp({ config, databaseUrl: database.url, docsUi: false });
    try {
      const files = await generateOpenApiFiles(app);
      const stale = staleFiles(files);
      if (action === 'write') {
        writeOpenApiFiles(files);
        return { written: Object.keys(files), changed: stale };
      }
      if (action === 'check') {
        if (stale.length)
          throw new Error(`${stale.join(', ')} differ from the code; run \`npm run openapi\``);
        return { up_to_date: Object.keys(files) };
      }
      throw new Error(`unknown command "openapi ${action}" (write or check)`);
    } finally {
      await app.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}
