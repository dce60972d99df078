import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Largest instant a date field takes (9999-12-31T23:59:59.999Z). */
export const MAX_EPOCH_MS = 253_402_300_799_999;
/** Largest amount of points a numeric(14, 2) holds. */
export const MAX_POINTS = 999_999_999_999.99;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Epoch milliseconds of a stored instant; 0 for "not set". */
export function epoch(d: Date | null | undefined): number {
  return d ? d.getTime() : 0;
}

/** A stored instant from epoch milliseconds; 0 (or absent) is "not set". */
export function instant(ms: number | null | undefined): Date | null {
  return ms ? new Date(ms) : null;
}

/** numeric columns arrive as strings. */
export function points(v: string | number | null): number {
  return v === null ? 0 : Number(v);
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

/** A query-string boolean: `true`/`false`/`1`/`0`. */
export function QueryBoolean() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && value in BOOLEANS ? BOOLEANS[value] : value)),
    IsBoolean({ message: ({ property }) => `${property} must be true or false` }),
  );
}

/** No NUL or other control characters but tab and line breaks. */
export const PLAIN_TEXT = /^(?:[^\p{Cc}]|[\t\n\r])*$/u;

/** An optional text field: absent keeps, a string of at most `max` characters sets. */
export function TextField(max: number, example?: string, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, example, description }),
    ValidateIf((_, v) => v !== undefined),
    IsString(),
    MaxLength(max),
    Matches(PLAIN_TEXT, { message: ({ property }) => `${property} must not contain control characters` }),
  );
}

/**
 * An optional reference to a UUID: absent keeps, `null` or `""` (the seed's "not set") clears, a
 * UUID sets. Required (non-nullable) when `required` is set.
 */
export function UuidRefField(description: string, opts: { required?: boolean; nullable?: boolean } = {}) {
  const nullable = opts.nullable ?? true;
  return applyDecorators(
    (opts.required ? ApiProperty : ApiPropertyOptional)({
      type: String,
      format: 'uuid',
      nullable,
      example: '729a9760-1712-4b89-b4ca-7c9af4606ee8',
      description,
    }),
    Transform(({ value }) =>
      nullable && value === '' ? null : typeof value === 'string' ? value.toLowerCase() : value,
    ),
    ValidateIf((_, v) => (opts.required ? true : v !== undefined) && !(nullable && v === null)),
    Matches(UUID, { message: ({ property }) => `${property} must be a UUID` }),
    IsString(),
  );
}

/** Epoch milliseconds; 0 means "not set". */
export function EpochField(description: string, required = false) {
  return applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      type: Number,
      example: 1500659675601,
      minimum: 0,
      maximum: MAX_EPOCH_MS,
      description,
    }),
    ValidateIf((_, v) => required || v !== undefined),
    IsInt(),
    Min(0),
    Max(MAX_EPOCH_MS),
  );
}

/** An amount of points or money: at most two decimals, 0..MAX_POINTS (or signed). */
export function AmountField(description: string, opts: { required?: boolean; signed?: boolean } = {}) {
  return applyDecorators(
    (opts.required ? ApiProperty : ApiPropertyOptional)({
      type: Number,
      example: 100.5,
      minimum: opts.signed ? -MAX_POINTS : 0,
      maximum: MAX_POINTS,
      description,
    }),
    ValidateIf((_, v) => opts.required || v !== undefined),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }),
    Min(opts.signed ? -MAX_POINTS : 0),
    Max(MAX_POINTS),
  );
}

/**
 * A UUID taken from the path. Anything that is not a UUID answers exactly as an unknown id does
 * (the given not-found error), so ids of other organizations and garbage look alike.
 */
export const UuidParam = createParamDecorator(
  (data: { name: string; notFound: () => Error }, ctx: ExecutionContext): string => {
    const params = ctx.switchToHttp().getRequest<{ params: Record<string, string> }>().params;
    const value = params[data.name];
    if (!isUuid(value)) throw data.notFound();
    return value.toLowerCase();
  },
);
