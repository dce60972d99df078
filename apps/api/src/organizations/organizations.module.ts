import { Module } from '@nestjs/common';
import { TokenVerifier } from '@app/http/auth/token-verifier';
import { ApiTokenVerifier } from './api-token.verifier';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { TokenCache } from './token-cache';

/** Tenants and their tokens; provides the TokenVerifier the global auth guard uses. */
@Module({
  providers: [
    OrganizationsRepository,
    OrganizationsService,
    TokenCache,
    ApiTokenVerifier,
    { provide: TokenVerifier, useExisting: ApiTokenVerifier },
  ],
  exports: [OrganizationsService, TokenVerifier],
})
export class OrganizationsModule {}
