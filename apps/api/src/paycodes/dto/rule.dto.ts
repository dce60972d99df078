import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { SLUG } from './pattern.dto';
import { DATE_ONLY, IsCalendarDate } from './validity';

const BIG = Number.MAX_SAFE_INTEGER;

/**
 * Validates the field unless it is absent. Unlike IsOptional, null is validated too (and so
 * refused with 400 naming the field): for fields whose column cannot be empty.
 */
export const WhenPresent = () => ValidateIf((_o: unknown, v: unknown) => v !== undefined);

/** The optional rule fields shared by create and update. */
export class RuleFieldsDto {
  @ApiPropertyOptional({ example: 20658 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(BIG)
  application_id?: number | null;

  @ApiPropertyOptional({
    example: 1024,
    description: 'days a code stays valid when the caller gives no valid_to',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  code_duration?: number | null;

  @ApiPropertyOptional({ example: 360, description: 'kept and returned as rule data' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  code_expiration?: number | null;

  @ApiPropertyOptional({
    example: '2100-12-31',
    nullable: true,
    description: 'a fixed last day for every code of the rule',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE_ONLY)
  @IsCalendarDate()
  code_duration_date?: string | null;

  @ApiPropertyOptional({ example: 'testowa' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ example: 123456 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(BIG)
  price?: number | null;

  @ApiPropertyOptional({ example: 300481 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) sap_id?: number | null;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) merchant_id?: number | null;
  @ApiPropertyOptional({ example: 5935 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) channel_id?: number | null;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) prod_id?: number | null;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) prod_cat_id?: number | null;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(BIG) prod_subcat_id?:
    number | null;

  @ApiPropertyOptional({
    example: true,
    description: 'false retires the rule: no new codes, its codes cannot be used',
  })
  @WhenPresent()
  @IsBoolean()
  is_active?: boolean;

  @ApiPropertyOptional({ example: { test: 'test' } })
  @WhenPresent()
  @IsObject()
  config?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: 'GC-',
    description: 'put in front of the random characters; cannot change once the rule has codes',
  })
  @WhenPresent()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{0,32}$/, { message: 'prefix must be 0..32 letters, digits, "_" or "-"' })
  prefix?: string;
}

/** Fields a rule may change; absent ones keep their value. */
export class UpdateRuleDto extends RuleFieldsDto {
  @ApiPropertyOptional({ example: 'alfanumeryczne', description: 'cannot change once the rule has codes' })
  @WhenPresent()
  @IsString()
  @Matches(SLUG)
  pattern_slug?: string;

  @ApiPropertyOptional({
    example: 6,
    minimum: 4,
    maximum: 64,
    description: 'random characters per code (the seed spelling)',
  })
  @WhenPresent()
  @IsInt()
  @Min(4)
  @Max(64)
  code_lenght?: number;
}

export class CreateRuleDto extends RuleFieldsDto {
  @ApiProperty({ example: 'test' })
  @IsString()
  @Matches(SLUG, { message: 'slug must be 1..64 letters, digits, ".", "_" or "-"' })
  slug: string;

  @ApiProperty({ example: 'alfanumeryczne' })
  @IsString()
  @Matches(SLUG)
  pattern_slug: string;

  @ApiProperty({ example: 6, minimum: 4, maximum: 64 })
  @IsInt()
  @Min(4)
  @Max(64)
  code_lenght: number;
}

/** The seed's rule object. */
export class RuleDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'test' }) slug: string;
  @ApiProperty({ nullable: true, example: 20658 }) application_id: number | null;
  @ApiProperty({ example: 'alfanumeryczne' }) pattern_slug: string;
  @ApiProperty({ example: 6 }) code_lenght: number;
  @ApiProperty({ nullable: true, example: 1024 }) code_duration: number | null;
  @ApiProperty({ nullable: true, example: 360 }) code_expiration: number | null;
  @ApiProperty({ nullable: true, example: '2100-12-31 23:59:59.999999+00' }) code_duration_date:
    string | null;
  @ApiProperty({ nullable: true, example: 'testowa' }) description: string | null;
  @ApiProperty({ nullable: true, example: 123456 }) price: number | null;
  @ApiProperty({ nullable: true, example: 300481 }) sap_id: number | null;
  @ApiProperty({ nullable: true, example: 1 }) merchant_id: number | null;
  @ApiProperty({ nullable: true, example: 5935 }) channel_id: number | null;
  @ApiProperty({ nullable: true, example: 1 }) prod_id: number | null;
  @ApiProperty({ nullable: true, example: 1 }) prod_cat_id: number | null;
  @ApiProperty({ nullable: true, example: 1 }) prod_subcat_id: number | null;
  @ApiProperty({ example: true }) is_active: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { test: 'test' } }) config: Record<
    string,
    unknown
  >;
  @ApiProperty({ example: '' }) prefix: string;
}
