import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { INT32_MAX } from './base.dto';
import { MAX_PRICE } from './number-from-goods.dto';

/** Unambiguous upper-case letters and digits (no 0/O, 1/I). */
export const DEFAULT_SECRET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const DEFAULT_SECRET_LENGTH = 12;

export class CreateSeriesDto {
  @ApiPropertyOptional({
    description: 'the SertCardSeries the POS sends; default the next free one',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT32_MAX)
  id?: number;

  @ApiProperty({ example: 'Gift card 1000' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({
    type: [String],
    description: 'goods ItemCodes that are certificates of this series; empty: every goods line',
    example: ['GIFT1000'],
  })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  item_codes: string[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'fixed nominal; null: the unit Price is the nominal',
    example: 1000,
  })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_PRICE)
  nominal?: number | null;

  @ApiProperty({ minimum: 1, maximum: 36600, example: 365 })
  @IsInt()
  @Min(1)
  @Max(36600)
  validity_days: number;

  @ApiProperty({ description: 'unspent certificates of a sale may be refunded', example: true })
  @IsBoolean()
  allow_refund: boolean;

  @ApiProperty({ description: 'partial payments are allowed', example: true })
  @IsBoolean()
  allow_reuse: boolean;

  @ApiPropertyOptional({
    minimum: 8,
    maximum: 64,
    default: DEFAULT_SECRET_LENGTH,
    example: DEFAULT_SECRET_LENGTH,
  })
  @IsOptional()
  @IsInt()
  @Min(8)
  @Max(64)
  secret_length?: number;

  @ApiPropertyOptional({
    description: '2..256 distinct characters secret codes are drawn from',
    default: DEFAULT_SECRET_ALPHABET,
    example: DEFAULT_SECRET_ALPHABET,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(256)
  secret_alphabet?: string;
}

export class UpdateSeriesDto extends PartialType(OmitType(CreateSeriesDto, ['id'] as const)) {}

export class SeriesDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Gift card 1000' }) name: string;
  @ApiProperty({ type: [String], example: ['GIFT1000'] }) item_codes: string[];
  @ApiProperty({ type: Number, nullable: true, example: 1000 }) nominal: number | null;
  @ApiProperty({ example: 365 }) validity_days: number;
  @ApiProperty({ example: true }) allow_refund: boolean;
  @ApiProperty({ example: true }) allow_reuse: boolean;
  @ApiProperty({ example: DEFAULT_SECRET_LENGTH }) secret_length: number;
  @ApiProperty({ example: DEFAULT_SECRET_ALPHABET }) secret_alphabet: string;
}
