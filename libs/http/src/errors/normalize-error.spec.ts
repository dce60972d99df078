import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Conflict, DomainError, statusForKind } from './domain-error';
import { normalizeError } from './normalize-error';

function pgError(code: string): QueryFailedError {
  const driverError = Object.assign(new Error('pg'), { code });
  return new QueryFailedError('SELECT 1', [], driverError);
}

describe(normalizeError.name, () => {
  it('keeps domain errors as they are', () => {
    const e = normalizeError(
      new Conflict('taken', 'code_taken', [{ index: 2, code: 'A', reason: 'duplicate' }]),
    );
    expect(e).toMatchObject({ status: 409, code: 'code_taken', message: 'taken', details: [{ index: 2 }] });
  });

  it('maps PostgreSQL errors: unique 409, bad values 400, unreachable 503, others 500', () => {
    expect(normalizeError(pgError('23505')).status).toBe(409);
    expect(normalizeError(pgError('23502')).status).toBe(400);
    expect(normalizeError(pgError('22P02')).status).toBe(400);
    expect(normalizeError(pgError('57P01')).status).toBe(503);
    expect(normalizeError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })).code).toBe(
      'database_unavailable',
    );
    expect(normalizeError(pgError('XX000'))).toMatchObject({
      status: 500,
      code: 'internal',
      message: 'internal error',
    });
  });

  it('maps errors straight from pg (no TypeORM wrapper) the same way', () => {
    const plain = (code: string) => Object.assign(new Error('pg'), { code, severity: 'ERROR' });
    expect(normalizeError(plain('23505')).status).toBe(409);
    expect(normalizeError(plain('22003')).status).toBe(400);
    expect(normalizeError(plain('57P01')).status).toBe(503);
  });

  it('maps Fastify body errors and Nest HTTP exceptions', () => {
    expect(
      normalizeError(Object.assign(new Error('big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }))
        .status,
    ).toBe(413);
    expect(
      normalizeError(
        Object.assign(new Error('type'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }),
      ).status,
    ).toBe(415);
    expect(normalizeError(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(normalizeError(new BadRequestException(['a must be a string', 'b is missing'])).message).toBe(
      'a must be a string; b is missing',
    );
  });

  it('never leaks the message of an unknown error', () => {
    expect(normalizeError(new Error('secret detail at /etc/passwd')).message).toBe('internal error');
  });

  it('has a status for every kind', () => {
    expect(statusForKind('throttled')).toBe(429);
    expect(new DomainError('unprocessable', 'x', 'y').status).toBe(422);
  });
});
