import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface PoolOptions {
  max?: number;
  connectionTimeoutMillis?: number;
}

export function dataSourceOptions(url: string, pool: PoolOptions = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: {
      max: pool.max ?? 20,
      connectionTimeoutMillis: pool.connectionTimeoutMillis ?? 3000,
      application_name: 'giftcode',
    },
  };
}

/** Runs pending migrations once, serialised across processes by an advisory lock. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(url, { max: 2 }) });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query(`SELECT pg_advisory_lock(hashtext('giftcode:migrations'))`);
    try {
      const done = await ds.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('giftcode:migrations'))`);
    }
  } finally {
    await lock.release();
    await ds.destroy();
  }
}
