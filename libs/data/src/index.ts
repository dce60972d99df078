export * from './data.module';
export * from './database.service';
export * from './data-source.options';
export * from './database-url';
export * from './embedded/embedded-postgres';
export * from './entities';
export * from './tenant/tenant-context';
export * from './pg-errors';
