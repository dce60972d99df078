export * from './random-code';
