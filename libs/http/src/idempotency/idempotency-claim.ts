import { Injectable } from '@nestjs/common';
import { sha256Hex } from '@app/codes';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, Unprocessable, ValidationFailed } from '../errors/domain-error';
import { StoredResponse } from '../errors/all-exceptions.filter';
import { IdempotencyRepository } from './idempotency.repository';

interface PendingKey {
  organizationId: string;
  key: string;
}

const PENDING = Symbol('idempotency');

/**
 * `Idempotency-Key` on POST/PUT: the first answer for a key (per organization) is stored for 24 h
 * and sent again for retries with the same body; another body gets 422, a retry while the first is
 * running gets 409. Answers are captured as sent (onSend hook), so JSON and XML replay byte for byte.
 * Only 2xx and 4xx business refusals are kept; 5xx and validation failures release the key.
 *
 * The auth guard claims the key once it knows the organization (before pipes and handler), so no
 * route pays for a global interceptor.
 */
@Injectable()
export class IdempotencyClaim {
  constructor(private readonly repo: IdempotencyRepository) {}

  /** Claims the request's key, or throws: a stored answer to replay, 409 or 422. */
  async claim(request: FastifyRequest, organizationId: string): Promise<void> {
    const key = request.headers['idempotency-key'];
    if ((request.method !== 'POST' && request.method !== 'PUT') || key === undefined) return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw new ValidationFailed('Idempotency-Key must be 1..255 characters', [
        { field: 'Idempotency-Key', reason: 'must be 1..255 characters' },
      ]);
    }
    const hash = sha256Hex(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`);
    const existing = await this.repo.claim(organizationId, key, hash);
    if (!existing) {
      (request as any)[PENDING] = { organizationId, key } satisfies PendingKey;
      return;
    }
    if (existing.requestHash !== hash) {
      throw new Unprocessable(
        'this Idempotency-Key was used with another request body',
        'idempotency_key_reused',
      );
    }
    if (existing.state === 'running') {
      throw new Conflict('a request with this Idempotency-Key is still running', 'idempotency_in_progress');
    }
    throw new StoredResponse(existing.statusCode ?? 200, existing.contentType, existing.body);
  }
}

/** Whether this request claimed an Idempotency-Key whose answer is still to be stored. */
export function isIdempotencyPending(request: FastifyRequest): boolean {
  return (request as any)[PENDING] !== undefined;
}

/** onSend hook: stores (or releases) the claimed key with exactly what is being sent. */
export function idempotencyOnSend(repo: IdempotencyRepository) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    const pending = (request as any)[PENDING] as PendingKey | undefined;
    if (!pending) return payload;
    (request as any)[PENDING] = undefined;
    const status = reply.statusCode;
    const errorKind = (request as any).errorKind as string | undefined;
    const keep = status < 500 && errorKind !== 'validation' && errorKind !== 'malformed_body';
    if (
      !keep ||
      (payload !== null && payload !== undefined && typeof payload !== 'string' && !Buffer.isBuffer(payload))
    ) {
      await repo.release(pending.organizationId, pending.key);
      return payload;
    }
    const contentType = (reply.getHeader('content-type') as string | undefined) ?? null;
    const body = payload === null || payload === undefined ? null : payload.toString();
    await repo.complete(pending.organizationId, pending.key, status, contentType, body);
    return payload;
  };
}
