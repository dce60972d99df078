import type { FastifyRequest } from 'fastify';
import { ErrorRenderer, jsonEnvelopeRenderer, NormalizedError } from '@app/http';
import type { ContractClass } from './contract';
import { negotiatedRoute, renderNegotiated } from './negotiated';

export interface NegotiatedErrorOptions {
  /** The answer's contract for requests that matched no route (a mistyped path, say). */
  fallback: ContractClass;
  /** The HTTP status and the answer's members for an error (an error code and message, say). */
  body(error: NormalizedError, request: FastifyRequest): { status: number; value: Record<string, unknown> };
}

/**
 * An error renderer (register it with `ErrorRenderers` for a path prefix) that answers failures
 * of negotiated routes as their response contract, in the format the client negotiated. Routes
 * under the prefix that are not negotiated (plain JSON administration) keep the JSON envelope.
 */
export function negotiatedErrorRenderer(options: NegotiatedErrorOptions): ErrorRenderer {
  return (error, request) => {
    const route = negotiatedRoute(request);
    if (!route && !request.is404) return jsonEnvelopeRenderer(error, request);
    const { status, value } = options.body(error, request);
    const { contentType, body } = renderNegotiated(request, route?.response ?? options.fallback, value);
    return { status, contentType, body };
  };
}
