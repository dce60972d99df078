import type { FastifyRequest } from 'fastify';
import type { ErrorEnvelopeDoc, NormalizedError } from '@app/http';
import { negotiatedErrorRenderer } from '@app/xml';
import { NumberFromGoodsResponse } from './dto/number-from-goods.dto';

/**
 * SertCard errors as the original answers them: the route's response type with `ErrorCode` and
 * `Message`, in the negotiated format. Business refusals are HTTP 200 with their code; failures of
 * the request keep their HTTP status, which is also their `ErrorCode`.
 */
export function sertCardErrorBody(
  error: NormalizedError,
  request: FastifyRequest,
): { status: number; value: Record<string, unknown> } {
  const business = error.extra?.errorCode;
  if (typeof business === 'number') {
    return { status: 200, value: { ErrorCode: business, Message: error.message } };
  }
  const message = error.status >= 500 ? `${error.message} (request ${request.id})` : error.message;
  return { status: error.status, value: { ErrorCode: error.status, Message: message } };
}

export const sertCardErrorRenderer = negotiatedErrorRenderer({
  fallback: NumberFromGoodsResponse,
  body: sertCardErrorBody,
});

/** How the OpenAPI document shows them: the checkout route's own response, `ErrorCode` set. */
export const sertCardErrorDoc: ErrorEnvelopeDoc = {
  name: 'SertCardResponse',
  sameAsSuccess: true,
  appliesTo: (path) => /\/(NumberFromGoods|Info|Pay|PayRefund)$/i.test(path),
  example: (status, _code, message) => ({ ErrorCode: status, Message: message }),
};
