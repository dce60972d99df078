import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  AmountField,
  CardApiAnswerDto,
  PageQueryDto,
  PaginationDto,
  PLAIN_TEXT,
  UuidRefField,
} from '../../card-api';

const INT_MAX = 2_147_483_647;

/** A percentage with two decimals, 0..100; null clears it. */
function Percent(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, example: 5, description }),
    ValidateIf((_, v) => v !== undefined && v !== null),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100),
  );
}

/** Fields a level update may change; absent ones keep their value. */
export class UpdateLevelDto {
  @ApiPropertyOptional({ example: 'Gold', maxLength: 200 })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(PLAIN_TEXT, { message: 'name must not contain control characters' })
  name?: string;

  @AmountField('sales turnover a card needs for this level')
  accum_level?: number;

  @ApiPropertyOptional({ example: 10, description: 'higher is better' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(-INT_MAX)
  @Max(INT_MAX)
  priority?: number;

  @ApiPropertyOptional({ description: 'leveldown leaves a card on a level with reset alone', example: false })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  reset?: boolean;

  @Percent('discount in percent (kept for the checkout; not used by the service)')
  discount?: number | null;

  @Percent('bonus points in percent of a sale (kept for the checkout; not used by the service)')
  bonus_percent?: number | null;
}

export class CreateLevelDto {
  @UuidRefField('the level id; generated when absent', { nullable: false })
  id?: string;

  @ApiProperty({ example: 'Gold', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(PLAIN_TEXT, { message: 'name must not contain control characters' })
  name: string;

  @AmountField('sales turnover a card needs for this level', { required: true })
  accum_level: number;

  @ApiProperty({ example: 10, description: 'higher is better' })
  @IsInt()
  @Min(-INT_MAX)
  @Max(INT_MAX)
  priority: number;

  @ApiPropertyOptional({
    default: false,
    description: 'leveldown leaves a card on a level with reset alone',
    example: false,
  })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  reset?: boolean;

  @Percent('discount in percent (kept for the checkout; not used by the service)')
  discount?: number | null;

  @Percent('bonus points in percent of a sale (kept for the checkout; not used by the service)')
  bonus_percent?: number | null;
}

export class LevelDto {
  @ApiProperty({ format: 'uuid', example: '8b2e4f61-3c7a-4d95-a0e8-6f1b9c2d7e54' }) id: string;
  @ApiProperty({ example: 'Gold' }) name: string;
  @ApiProperty({ example: 10000 }) accum_level: number;
  @ApiProperty({ example: 10 }) priority: number;
  @ApiProperty({ example: false }) reset: boolean;
  @ApiProperty({ nullable: true, type: Number, example: 5 }) discount: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) bonus_percent: number | null;
}

export class LevelAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: LevelDto }) card_level: LevelDto;
}

export class LevelListAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: [LevelDto] }) card_levels: LevelDto[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}

export class ListLevelsQueryDto extends PageQueryDto {}

export class LevelCheckDto {
  @ApiPropertyOptional({ default: false, description: 'true: only report, change nothing', example: false })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  check?: boolean;
}

/** A level as levelup/leveldown show it. */
export class LevelMoveDto {
  @ApiProperty({ format: 'uuid', example: '61fc02f3-cef3-49d1-9150-4369b2a5f6a6' }) level_id: string;
  @ApiProperty({ example: '1s100k' }) level_name: string;
  @ApiProperty({ example: 10500, description: "the card's turnover" }) accum_amount: number;
  @ApiProperty({ example: 100, description: "the level's required turnover" }) accum_level: number;
}

export class LevelUpAnswerDto extends CardApiAnswerDto {
  @ApiPropertyOptional({ type: LevelMoveDto, description: 'present when the card moved' })
  level_up?: LevelMoveDto;
  @ApiPropertyOptional({
    type: LevelMoveDto,
    description: 'the next level above; with check: true the level the card can move to now',
  })
  next_level_up?: LevelMoveDto;
}

export class LevelDownAnswerDto extends CardApiAnswerDto {
  @ApiPropertyOptional({ type: LevelMoveDto, description: 'present when the card moved' })
  level_down?: LevelMoveDto;
  @ApiPropertyOptional({
    type: LevelMoveDto,
    description: 'the next level below; with check: true the level the card would move to now',
  })
  next_level_down?: LevelMoveDto;
}

export class LevelHistoryEntryDto {
  @ApiProperty({ description: 'epoch ms', example: 1545720862693 }) date: number;
  @ApiProperty({ description: '"" for none', example: 'fd7173a2-a12d-421e-b413-00d4208d193a' })
  from_level_id: string;
  @ApiProperty({ example: 'У2' }) from_level_name: string;
  @ApiProperty({ description: '"" for none', example: '61fc02f3-cef3-49d1-9150-4369b2a5f6a6' })
  to_level_id: string;
  @ApiProperty({ example: '1s100k' }) to_level_name: string;
  @ApiProperty({ description: "the card's turnover at the change", example: 10500 }) accum_amount: number;
  @ApiProperty({ enum: ['levelup', 'leveldown', 'manual', 'replacement'], example: 'levelup' })
  reason: string;
}

export class LevelHistoryAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: [LevelHistoryEntryDto] }) level_history: LevelHistoryEntryDto[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}
