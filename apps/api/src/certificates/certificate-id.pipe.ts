import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '@app/http';
import { INT32_MAX } from './dto/certificate-fields';
import { CertificateNotFound } from './certificates.errors';

/** A certificate id taken from the path by {@link CertificateIdParam}. */
export type CertificateId = number;

const BULK_ROUTES: Record<string, string> = {
  'bulk-create': 'POST',
  'bulk-update': 'PUT',
};

/**
 * The `{id}` of a path. `bulk-create` and `bulk-update` are routes, never ids: another method
 * on them answers 405. Anything that is not an id a certificate can have answers 404, exactly
 * as an unknown id does.
 */
@Injectable()
export class CertificateIdPipe implements PipeTransform<string, CertificateId> {
  transform(value: string | number): CertificateId {
    const raw = String(value);
    const bulkMethod = BULK_ROUTES[raw.toLowerCase()];
    if (bulkMethod) {
      throw new DomainError(
        'method_not_allowed',
        'method_not_allowed',
        `/${raw.toLowerCase()}/ takes ${bulkMethod} only`,
      );
    }
    if (!/^\d{1,10}$/.test(raw)) throw new CertificateNotFound();
    const id = Number(raw);
    if (id < 1 || id > INT32_MAX) throw new CertificateNotFound();
    return id;
  }
}

/**
 * The `{id}` path parameter, parsed by {@link CertificateIdPipe} from the raw text. A custom
 * parameter decorator, because the global ValidationPipe would first turn a `number` parameter into
 * `+value` (`1e3` would be 1000, `bulk-create` NaN) and skips custom decorators.
 */
export const CertificateIdParam = createParamDecorator((_: unknown, ctx: ExecutionContext): CertificateId => {
  const params = ctx.switchToHttp().getRequest<{ params: Record<string, string> }>().params;
  return new CertificateIdPipe().transform(params.id);
});
