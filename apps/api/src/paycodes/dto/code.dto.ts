import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PatternDto, SLUG } from './pattern.dto';
import { RuleDto } from './rule.dto';
import { IsCalendarDate } from './validity';

export class ValidityDto {
  @ApiPropertyOptional({
    example: '2100-09-01',
    description: 'first day the code can be used (organization time zone); default today',
  })
  @IsOptional()
  @IsCalendarDate()
  valid_from?: string;

  @ApiPropertyOptional({
    example: '2100-11-01',
    description: 'last day the code can be used; default from the rule',
  })
  @IsOptional()
  @IsCalendarDate()
  valid_to?: string;
}

export class GenerateCodeDto extends ValidityDto {
  @ApiProperty({ example: 'test' })
  @IsString()
  @Matches(SLUG, { message: 'rule_slug must be 1..64 letters, digits, ".", "_" or "-"' })
  rule_slug: string;

  @ApiProperty({ example: 'pskrzynski2' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  creator: string;
}

export class GenerateCodeListDto extends GenerateCodeDto {
  @ApiProperty({ example: 100, minimum: 1, maximum: 1_000_000 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  number_of_codes: number;
}

export class CodeRefDto {
  @ApiProperty({ example: 'CLJG1J' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;

  @ApiProperty({ example: 'test' })
  @IsString()
  @Matches(SLUG, { message: 'rule_slug must be 1..64 letters, digits, ".", "_" or "-"' })
  rule_slug: string;
}

export class UseCodeDto extends CodeRefDto {
  @ApiProperty({ example: 'shop-42', description: 'who used the code' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  client: string;
}

/** The seed's code object. */
export class CodeDto {
  @ApiProperty({ example: 'CLJG1J' }) code: string;
  @ApiProperty({ example: '2014-07-24 18:23:30.586785+02' }) gen_time: string;
  @ApiProperty({ example: 4065441 }) id: number;
  @ApiProperty({ example: 'pskrzynski2' }) creator: string;
  @ApiProperty({ example: '2014-07-24 18:23:30.586785+02' }) end_time: string;
  @ApiProperty({ example: '2014-07-24 18:23:30.586785+02' }) start_time: string;
  @ApiProperty({ example: 'test' }) rule_slug: string;
  @ApiProperty({ nullable: true, example: null }) use_time: string | null;
  @ApiProperty({ example: true }) is_active: boolean;
  @ApiProperty({ nullable: true, example: null }) client: string | null;
}

export class GeneratedCodeDto {
  @ApiProperty({ example: 'CLJG1J' }) code: string;
  @ApiProperty({ type: PatternDto }) pattern: PatternDto;
  @ApiProperty({ type: RuleDto }) rule: RuleDto;
}

export class CodeListDto {
  @ApiProperty({ type: [String], example: ['CLJG1J5', 'CLJG13J'] }) codes: string[];
}

export class CodeDetailsDto {
  @ApiProperty({ type: CodeDto }) code: CodeDto;
  @ApiProperty({ type: PatternDto }) pattern: PatternDto;
  @ApiProperty({ type: RuleDto }) rule: RuleDto;
}

export const USE_REASONS = [
  'already_used',
  'not_found',
  'inactive',
  'not_yet_valid',
  'expired',
  'rule_inactive',
] as const;
export type UseReason = (typeof USE_REASONS)[number];

export class UseCodeResultDto {
  @ApiProperty({ example: true }) status: boolean;
  @ApiPropertyOptional({ enum: USE_REASONS, example: 'already_used' }) reason?: UseReason;
}
