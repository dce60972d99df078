import { startEmbeddedPostgres, EmbeddedDatabase } from './embedded/embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** DATABASE_URL when given, else a real embedded PostgreSQL with its data under dataDir. */
export async function resolveDatabase(
  url: string | undefined,
  dataDir: string,
  log: (line: string) => void,
  shareRunning = false,
): Promise<ResolvedDatabase> {
  if (url) return { url, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir, log, shareRunning });
  return { url: embedded.url, embedded };
}
