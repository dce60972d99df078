import { Conflict, ErrorDetail, NotFound } from '@app/http';

/** Stable error codes of the certificates API. */
export const CertificateErrorCodes = {
  notFound: 'certificate_not_found',
  duplicateCode: 'duplicate_code',
} as const;

export class CertificateNotFound extends NotFound {
  constructor(message = 'no such certificate', details?: ErrorDetail[]) {
    super(message, CertificateErrorCodes.notFound, details);
  }
}

export class DuplicateCode extends Conflict {
  constructor(message: string, details?: ErrorDetail[]) {
    super(message, CertificateErrorCodes.duplicateCode, details);
  }
}
