import { DataSource } from 'typeorm';
import { dataSourceOptions } from './libs/data/src/data-source.options';

/** DataSource for the TypeORM CLI (migrations only): `npx typeorm -d dist/ormconfig.js migration:show`. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/giftcode'),
);
