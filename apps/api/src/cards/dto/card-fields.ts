import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const PRINTABLE = /^[^\p{Cc}\p{Cs}]*$/u;
const PHONE = /^(|[+\d()\-.\s]*\d[+\d()\-.\s]*)$/;
const EMAIL = /^(|[^\s@]+@[^\s@]+)$/;

export const CODE_MAX = 128;
export const USER_ID_MAX = 200;

/**
 * `code` or `barcode`: a string, or a whole number (the seed sends the magnetic code as one),
 * stored as a string of 1..128 characters once trimmed.
 */
export function CardCodeField(required: boolean, example: string, description: string) {
  return applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      oneOf: [{ type: 'string' }, { type: 'integer', minimum: 0 }],
      example,
      description,
    }),
    Transform(({ value }) =>
      typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
        ? String(value)
        : typeof value === 'string'
          ? value.trim()
          : value,
    ),
    ValidateIf((_, v) => required || v !== undefined),
    IsString({ message: ({ property }) => `${property} must be a string or a whole number` }),
    Length(1, CODE_MAX),
    Matches(PRINTABLE, { message: ({ property }) => `${property} must not contain control characters` }),
  );
}

/** A phone in any usual writing; stored as its digits. "" clears it. */
export function PhoneField(description = 'mobile phone; stored as digits only') {
  return applyDecorators(
    ApiPropertyOptional({ type: String, example: '+7 (912) 345-67-89', maxLength: 32, description }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    ValidateIf((_, v) => v !== undefined),
    IsString(),
    MaxLength(32),
    Matches(PHONE, { message: 'phone must be digits, optionally with + ( ) - . and spaces' }),
  );
}

/** An email; stored trimmed and in lower case. "" clears it. */
export function EmailField(description = 'email; stored in lower case') {
  return applyDecorators(
    ApiPropertyOptional({ type: String, example: 'mail@mail.ru', maxLength: 254, description }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    ValidateIf((_, v) => v !== undefined),
    IsString(),
    MaxLength(254),
    Matches(EMAIL, { message: 'email must look like name@domain' }),
  );
}

/** The user a card belongs to: a free string of the client's choosing. */
export function UserIdField(required: boolean, description = 'the user account owning the card') {
  return applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      type: String,
      example: '123',
      maxLength: USER_ID_MAX,
      description,
    }),
    ValidateIf((_, v) => required || v !== undefined),
    IsString(),
    MinLength(1),
    MaxLength(USER_ID_MAX),
    Matches(PRINTABLE, { message: 'user_id must not contain control characters' }),
  );
}

/** `external_card`: 0 for the organization's own cards, any other number marks another program's. */
export function ExternalCardField() {
  return applyDecorators(
    ApiPropertyOptional({
      type: Number,
      example: 0,
      minimum: 0,
      maximum: 2_147_483_647,
      description: '0: our card; otherwise external',
    }),
    ValidateIf((_, v) => v !== undefined),
    IsInt(),
    Min(0),
    Max(2_147_483_647),
  );
}
