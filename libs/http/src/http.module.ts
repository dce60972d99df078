import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Type } from '@nestjs/common';
import { AuthGuard, ADMIN_TOKEN } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { IdempotencyClaim } from './idempotency/idempotency-claim';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { HousekeepingService } from './request/housekeeping.service';
import { ThrottleRepository } from './throttle/throttle.repository';
import { THROTTLE_LIMIT, ThrottleService } from './throttle/throttle.service';

export interface HttpModuleOptions {
  adminToken?: string;
  throttleLimit: number;
  /** Module that provides the TokenVerifier implementation. */
  verifierModule: Type<unknown>;
}

/** Auth guard, error filter, idempotency and throttling for every route. */
@Global()
@Module({})
export class HttpModule {
  static forRoot(options: HttpModuleOptions): DynamicModule {
    return {
      module: HttpModule,
      imports: [options.verifierModule],
      providers: [
        { provide: ADMIN_TOKEN, useValue: options.adminToken },
        { provide: THROTTLE_LIMIT, useValue: options.throttleLimit },
        ThrottleRepository,
        ThrottleService,
        IdempotencyRepository,
        IdempotencyClaim,
        HousekeepingService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [ThrottleService, IdempotencyRepository, ADMIN_TOKEN],
    };
  }
}

export { TokenVerifier };
