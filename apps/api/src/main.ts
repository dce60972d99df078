import 'reflect-metadata';
import { resolveDatabase, runMigrations } from '@app/data';
import pino from 'pino';
import { closeApp, createApp } from './bootstrap';
import { loadConfig } from './config/app-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const log = pino({ level: config.LOG_LEVEL });
  const database = await resolveDatabase(config.DATABASE_URL, config.DATA_DIR, (line) =>
    log.debug({ embedded: true }, line),
  );
  if (database.embedded) log.info(`embedded PostgreSQL running (data in ${config.DATA_DIR})`);
  const applied = await runMigrations(database.url);
  if (applied.length) log.info(`migrations applied: ${applied.join(', ')}`);

  const app = await createApp({ config, databaseUrl: database.url });
  await app.listen({ port: config.PORT, host: config.HOST });
  log.info(`listening on http://${config.HOST}:${config.PORT} (OpenAPI UI at /docs)`);

  let closing = false;
  let stage = 'closing the app';
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal}: finishing in-flight requests`);
    const force = setTimeout(() => {
      const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
      log.error(
        `shutdown took too long (${stage}); open handles: ${handles.map((h) => h.constructor.name).join(', ')}`,
      );
      process.exit(1);
    }, 25_000);
    try {
      await closeApp(app);
      stage = 'stopping the embedded database';
      await database.embedded?.stop();
      clearTimeout(force);
      process.exit(0);
    } catch (e) {
      log.error(e, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  process.stderr.write(`startup failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
