import { DynamicModule, MiddlewareConsumer, Module, NestModule, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DataModule } from '@app/data';
import { HttpModule, RequestScopeMiddleware } from '@app/http';
import { AppConfig } from './config/app-config';
import { FEATURE_MODULES } from './feature-modules';
import { HealthModule } from './health/health.module';
import { AdminModule } from './organizations/admin.module';
import { MeModule } from './organizations/me.module';
import { OrganizationsModule } from './organizations/organizations.module';

export const APP_CONFIG = 'APP_CONFIG';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string, extraModules: Type<unknown>[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
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

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestScopeMiddleware).forRoutes('*path');
  }
}
