/** What kind of failure an error is; decides the HTTP status in one place. */
export type ErrorKind =
  | 'validation'
  | 'malformed_body'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'throttled'
  | 'unavailable'
  | 'internal';

export function statusForKind(kind: ErrorKind): number {
  switch (kind) {
    case 'validation':
    case 'malformed_body':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'unprocessable':
      return 422;
    case 'throttled':
      return 429;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    default: {
      const never: never = kind;
      throw new Error(`unknown error kind ${String(never)}`);
    }
  }
}

export interface ErrorDetail {
  index?: number;
  field?: string;
  code?: string;
  reason: string;
}

/**
 * A failure the service means to report: a stable machine `code`, a human `message`, the `kind`
 * that fixes the HTTP status, optional `details` (offending items of bulk routes) and optional
 * module-specific `extra` data a module's renderer may use (a SertCard ErrorCode, say).
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return statusForKind(this.kind);
  }
}

export class ValidationFailed extends DomainError {
  constructor(message: string, details?: ErrorDetail[], code = 'validation_failed') {
    super('validation', code, message, details);
  }
}

export class NotFound extends DomainError {
  constructor(message: string, code = 'not_found', details?: ErrorDetail[]) {
    super('not_found', code, message, details);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, code = 'conflict', details?: ErrorDetail[]) {
    super('conflict', code, message, details);
  }
}

export class Unprocessable extends DomainError {
  constructor(message: string, code = 'unprocessable', details?: ErrorDetail[]) {
    super('unprocessable', code, message, details);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'a valid token is required', code = 'unauthorized') {
    super('unauthorized', code, message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'this token may not use this route', code = 'forbidden') {
    super('forbidden', code, message);
  }
}

export class TooManyRequests extends DomainError {
  constructor(message = 'too many failed attempts; try again after the current minute') {
    super('throttled', 'too_many_failures', message);
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(message: string) {
    super('unsupported_media_type', 'unsupported_media_type', message);
  }
}
