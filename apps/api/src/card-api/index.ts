export * from './card-api.catalog';
export * from './card-api.envelope';
export * from './card-api.module';
export * from './card-api.renderer';
export * from './language';
export * from './wire';
