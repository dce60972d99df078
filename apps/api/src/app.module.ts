import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DataModule } from '@app/data';
import { HttpModule } from '@app/http';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { FEATURE_MODULES } from './feature-modules';
import { HealthModule } from './health/health.module';
import { AdminModule } from './organizations/admin.module';
import { MeModule } from './organizations/me.module';
import { OrganizationsModule } from './organizations/organizations.module';

export { APP_CONFIG };

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, extraModules: Type<unknown>[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          // No per-request pino-http middleware (it cost a tenth of a request's CPU); errors are
          // logged with their request id by the exception filter.
          forRoutes: [],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req) => (req as unknown as { id: string }).id,
            customProps: () => ({}),
            autoLogging: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace',
            redact: ['req.headers.authorization', 'req.headers.token'],
          },
        }),
        DataModule.forRoot(databaseUrl, { max: config.DB_POOL_SIZE }),
        HttpModule.forRoot({
          adminToken: config.ADMIN_TOKEN,
          throttleLimit: config.THROTTLE_LIMIT,
          verifierModule: OrganizationsModule,
        }),
        OrganizationsModule,
        HealthModule,
        MeModule,
        ...(config.ADMIN_TOKEN ? [AdminModule] : []),
        ...FEATURE_MODULES,
        ...extraModules,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
