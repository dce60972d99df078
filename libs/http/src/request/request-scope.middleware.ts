import { Injectable, NestMiddleware } from '@nestjs/common';
import { TenantContext } from '@app/data';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Opens the async context each request's tenant, token and transaction live in. */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  use(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
    TenantContext.run({ clientIp: req.socket?.remoteAddress ?? 'unknown' }, next);
  }
}
