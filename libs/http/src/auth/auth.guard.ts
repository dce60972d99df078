import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenantContext } from '@app/data';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { TooManyRequests, Unauthorized } from '../errors/domain-error';
import { IdempotencyClaim } from '../idempotency/idempotency-claim';
import { ThrottleService } from '../throttle/throttle.service';
import { ADMIN_ROUTE, LEGACY_AUTH_ROUTE, PUBLIC_ROUTE } from './auth.decorators';
import { AuthenticatedTenant, TokenVerifier } from './token-verifier';

export const ADMIN_TOKEN = 'ADMIN_TOKEN';

export function tokenFromHeaders(headers: FastifyRequest['headers']): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const t = headers.token;
  return typeof t === 'string' && t.length > 0 ? t.trim() : null;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Reads a body field case-insensitively (legacy clients send `Operator`, `operator`, ...). */
function bodyField(body: unknown, name: string): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function asInt(v: unknown): number | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return null;
}

/**
 * The global guard: every route needs a valid API token (`token` header or Bearer) unless it is
 * public or admin-only; SertCard routes also take the legacy body pair. Fills the tenant context
 * and claims the request's `Idempotency-Key`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly throttle: ThrottleService,
    private readonly idempotency: IdempotencyClaim,
    @Inject(ADMIN_TOKEN) private readonly adminToken: string | undefined,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const ipKey = this.throttle.currentKey();
    if (this.throttle.isBlocked(ipKey)) throw new TooManyRequests();

    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ROUTE, targets)) {
      // the admin token is the operator's choice, perhaps guessable: ask the shared counter
      await this.throttle.ensureAllowed(ipKey);
      const token = tokenFromHeaders(request.headers);
      if (this.adminToken && token && sameSecret(token, this.adminToken)) return true;
      return this.fail(ipKey);
    }

    const token = tokenFromHeaders(request.headers);
    let tenant: AuthenticatedTenant | null = null;
    if (token) {
      tenant = await this.verifier.verifyApiToken(token);
    } else if (this.reflector.getAllAndOverride<boolean>(LEGACY_AUTH_ROUTE, targets)) {
      const operator = asInt(bodyField(request.body, 'Operator'));
      const legacy = asInt(bodyField(request.body, 'Token'));
      if (operator !== null && legacy !== null) {
        // numeric legacy tokens can be guessed: a client blocked on any replica is refused here too
        await this.throttle.ensureAllowed(ipKey);
        tenant = await this.verifier.verifyLegacyToken(operator, legacy);
      }
    }
    if (!tenant) return this.fail(ipKey);

    const scope = TenantContext.scope();
    if (!scope) throw new Error('request scope missing: the onRequest hook of bootstrap.ts must run first');
    scope.organizationId = tenant.organizationId;
    scope.tokenId = tenant.tokenId;
    scope.settings = tenant.settings;
    // this replica's known blocks only: the look-up routes ask the shared counter themselves
    if (this.throttle.isBlocked()) throw new TooManyRequests();
    await this.idempotency.claim(request, tenant.organizationId);
    return true;
  }

  private async fail(ipKey: string): Promise<never> {
    if (await this.throttle.recordFailure(ipKey)) throw new TooManyRequests();
    throw new Unauthorized();
  }
}
