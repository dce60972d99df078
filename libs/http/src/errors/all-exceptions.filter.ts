import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorRenderers } from './error-renderers';
import { normalizeError, NormalizedError } from './normalize-error';

/** A stored answer to send again as it was (idempotent replay). */
export class StoredResponse extends Error {
  constructor(
    readonly status: number,
    readonly contentType: string | null,
    readonly body: string | null,
  ) {
    super('stored response');
  }
}

export function renderError(
  exception: unknown,
  request: FastifyRequest,
): { error: NormalizedError; status: number; contentType: string; body: string } {
  const error = normalizeError(exception);
  const rendered = ErrorRenderers.forUrl(request.url)(error, request);
  return { error, ...rendered };
}

/** The one exception filter: every failure is answered in the client's format, never a stack trace. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    if (reply.sent) return;
    if (exception instanceof StoredResponse) {
      reply.status(exception.status).header('idempotent-replayed', 'true');
      if (exception.contentType) reply.header('content-type', exception.contentType);
      reply.send(exception.body ?? undefined);
      return;
    }
    const { error, status, contentType, body } = renderError(exception, request);
    (request as any).errorKind = error.kind;
    if (status >= 500) {
      this.logger.error(
        { err: exception, requestId: request.id },
        `request ${request.id} failed: ${error.code}`,
      );
    }
    reply.status(status).header('content-type', contentType).header('x-request-id', request.id).send(body);
  }
}
