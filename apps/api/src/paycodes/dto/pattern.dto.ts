import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsString,
  Matches,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

export const SLUG = /^[A-Za-z0-9_.-]{1,64}$/;

@ValidatorConstraint({ name: 'alphabet' })
export class IsAlphabet implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    const chars = [...value];
    return (
      chars.length >= 2 && chars.length <= 128 && new Set(chars).size === chars.length && !/\s/.test(value)
    );
  }
  defaultMessage(): string {
    return 'pattern must be 2..128 distinct characters without spaces';
  }
}

export class CreatePatternDto {
  @ApiProperty({ example: 'alfanumeryczne' })
  @IsString()
  @Matches(SLUG, { message: 'slug must be 1..64 letters, digits, ".", "_" or "-"' })
  slug: string;

  @ApiProperty({
    example: 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789',
    description: 'the alphabet: 2..128 distinct characters',
  })
  @Validate(IsAlphabet)
  pattern: string;
}

export class UpdatePatternDto {
  @ApiPropertyOptional({ example: 'ABCDEF0123456789' })
  @ValidateIf((_o: unknown, v: unknown) => v !== undefined)
  @Validate(IsAlphabet)
  pattern?: string;
}

/** The seed's pattern object. */
export class PatternDto {
  @ApiProperty({ example: 'ABCDEFGHIJKLMNOPQRSTUWVZ0123456789' }) pattern: string;
  @ApiProperty({ example: 8 }) id: number;
  @ApiProperty({ example: 'alfanumeryczne' }) slug: string;
}
