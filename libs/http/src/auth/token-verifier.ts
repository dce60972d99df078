import type { OrganizationSettings } from '@app/data';

export interface AuthenticatedTenant {
  organizationId: string;
  tokenId: string;
  settings: OrganizationSettings;
}

/** Implemented by the organizations module; the guard depends only on this. */
export abstract class TokenVerifier {
  /** The tenant of a valid (known, unrevoked, unexpired) API token, else null. */
  abstract verifyApiToken(token: string): Promise<AuthenticatedTenant | null>;
  /** The tenant of a registered SertCard legacy `Operator` + `Token` pair, else null. */
  abstract verifyLegacyToken(operatorId: number, token: number): Promise<AuthenticatedTenant | null>;
}
