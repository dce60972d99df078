import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Database } from './database.service';
import { dataSourceOptions, PoolOptions } from './data-source.options';

@Global()
@Module({})
export class DataModule {
  static forRoot(url: string, pool: PoolOptions = {}): DynamicModule {
    return {
      module: DataModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url, pool), retryAttempts: 0 })],
      providers: [Database],
      exports: [Database],
    };
  }
}
