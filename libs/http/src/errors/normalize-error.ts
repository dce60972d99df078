import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorDetail, ErrorKind, statusForKind } from './domain-error';

/** Every failure, whatever threw it, in one shape the renderers understand. */
export interface NormalizedError {
  kind: ErrorKind;
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
  extra?: Record<string, unknown>;
}

const PG_BAD_INPUT = new Set([
  '23502',
  '23514',
  '22P02',
  '22003',
  '22001',
  '22007',
  '22008',
  '22023',
  '22021',
]);
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006']);
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

function make(kind: ErrorKind, code: string, message: string, details?: ErrorDetail[]): NormalizedError {
  return { kind, status: statusForKind(kind), code, message, details };
}

export function isDatabaseUnavailable(e: any): boolean {
  if (!e) return false;
  if (NET_CODES.has(e.code) || PG_UNAVAILABLE.has(e.code)) return true;
  const msg = String(e.message ?? '');
  return (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection ended unexpectedly/i.test(
      msg,
    ) || (e.driverError ? isDatabaseUnavailable(e.driverError) : false)
  );
}

function fromHttpException(e: HttpException): NormalizedError {
  const status = e.getStatus();
  const res = e.getResponse() as any;
  const raw = typeof res === 'string' ? res : res?.message;
  const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? e.message);
  const kinds: Record<number, ErrorKind> = {
    400: 'validation',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'unprocessable',
    429: 'throttled',
    503: 'unavailable',
  };
  const kind = kinds[status] ?? (status >= 500 ? 'internal' : 'validation');
  return { ...make(kind, kind === 'validation' ? 'bad_request' : kind, message), status };
}

/** Errors Fastify raises before a handler runs (body parsing, limits, content types). */
function fromFastify(e: any): NormalizedError | null {
  const code = String(e.code ?? '');
  if (!code.startsWith('FST_')) {
    if (e instanceof SyntaxError && (e as { statusCode?: number }).statusCode === 400) {
      return make('malformed_body', 'malformed_body', `the body is not valid: ${e.message}`);
    }
    return null;
  }
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return make(
        'payload_too_large',
        'payload_too_large',
        'the request body is larger than this route accepts',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? make('unsupported_media_type', 'unsupported_media_type', 'this content type is not accepted here')
        : make('malformed_body', 'malformed_body', 'the content length does not match the body');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return make('malformed_body', 'malformed_body', 'the body is empty but the content type is JSON');
    default:
      if (e.statusCode && e.statusCode < 500) {
        return {
          ...make('malformed_body', 'malformed_body', `the request is malformed: ${e.message}`),
          status: e.statusCode,
        };
      }
      return null;
  }
}

/** A PostgreSQL error, raised through TypeORM (QueryFailedError) or straight from pg. */
function sqlState(e: any): string | null {
  if (e instanceof QueryFailedError) return (e as any).driverError?.code ?? (e as any).code ?? null;
  if (e && typeof e.code === 'string' && typeof e.severity === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
    return e.code;
  return null;
}

function fromDatabase(code: string): NormalizedError | null {
  if (code === '23505')
    return make('conflict', 'duplicate', 'a record with the same unique value already exists');
  if (code === '23503')
    return make('conflict', 'reference_conflict', 'the record is referenced or refers to a missing one');
  if (PG_BAD_INPUT.has(code))
    return make('validation', 'invalid_value', 'a value is missing, malformed or out of range');
  if (code === '40001' || code === '40P01')
    return make('conflict', 'concurrent_update', 'a concurrent update won; retry');
  return null;
}

export function normalizeError(e: unknown): NormalizedError {
  if (e instanceof DomainError) {
    return {
      kind: e.kind,
      status: e.status,
      code: e.code,
      message: e.message,
      details: e.details,
      extra: e.extra,
    };
  }
  if (e instanceof HttpException) return fromHttpException(e);
  if (isDatabaseUnavailable(e))
    return make('unavailable', 'database_unavailable', 'the database is not reachable; retry later');
  const state = sqlState(e);
  if (state) {
    const mapped = fromDatabase(state);
    if (mapped) return mapped;
  }
  const f = fromFastify(e);
  if (f) return f;
  return make('internal', 'internal', 'internal error');
}
