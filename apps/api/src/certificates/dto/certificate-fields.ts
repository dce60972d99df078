import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';

export const CODE_MAX_LENGTH = 64;
export const INT32_MAX = 2_147_483_647;

/** A field that may be left out, but when present must be valid (null is refused, not "absent"). */
const WhenPresent = () => ValidateIf((_o: unknown, v: unknown) => v !== undefined);

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** `code`: a string of 1..64 characters once trimmed, without control characters. */
export function CodeField(required: boolean) {
  return applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      example: 'CERT-001',
      minLength: 1,
      maxLength: CODE_MAX_LENGTH,
      description:
        'Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.',
    }),
    ...(required ? [] : [WhenPresent()]),
    Transform(trim),
    IsString(),
    Length(1, CODE_MAX_LENGTH, {
      message: `code must be 1 to ${CODE_MAX_LENGTH} characters (after trimming)`,
    }),
    Matches(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'code must not contain control characters' }),
  );
}

/** `is_active`: a JSON boolean. */
export function IsActiveField() {
  return applyDecorators(
    ApiPropertyOptional({ example: true, description: 'Whether the certificate can be used.' }),
    WhenPresent(),
    IsBoolean(),
  );
}

/** `value`: an integer 0..2147483647. */
export function ValueField() {
  return applyDecorators(
    ApiPropertyOptional({ example: 500, minimum: 0, maximum: INT32_MAX, description: 'Face value.' }),
    WhenPresent(),
    IsInt(),
    Min(0),
    Max(INT32_MAX),
  );
}

/** A certificate id: an integer 1..2147483647. */
export function IdField() {
  return applyDecorators(
    ApiProperty({ example: 1, minimum: 1, maximum: INT32_MAX }),
    IsInt(),
    Min(1),
    Max(INT32_MAX),
  );
}

/** A property that must not be sent at all (bulk create: ids are generated). */
export function Absent(message: string) {
  return ValidateBy({
    name: 'isAbsent',
    validator: { validate: (value: unknown) => value === undefined, defaultMessage: () => message },
  });
}
