import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '@app/http';
import { INT32_MAX } from './dto/certificate-fields';
import { CertificateNotFound } from './certificates.errors';

/**
 * A path id after {@link CertificateIdPipe}. Deliberately not a plain `number`: for a `number`
 * parameter the global ValidationPipe converts the raw text with `+value` before this pipe runs
 * (`1e3` would be 1000, `bulk-create` NaN); an intersection type leaves the raw text to this pipe.
 */
export type CertificateId = number & { readonly __brand?: 'CertificateId' };

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
  transform(raw: string): CertificateId {
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
