import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DataContract, DataMember } from '@app/xml';
import {
  INT32_MAX,
  REQUEST_NS,
  RESPONSE_NS,
  SAFE_MAX,
  SertCardRequestBase,
  SertCardResponseBase,
} from './base.dto';
import { NumberFromGoodsSertCard } from './sert-card.dto';

export const MAX_PRICE = 1_000_000_000;

/** One goods line of the receipt. */
@DataContract({ name: 'NumberFromGoodsRequest.NumberFromGoodsGood', namespace: REQUEST_NS })
export class NumberFromGoodsGood {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(-SAFE_MAX)
  @Max(SAFE_MAX)
  @DataMember('long')
  Id?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Gift card 1000' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @DataMember('string')
  Name?: string | null;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  @DataMember('int')
  Quantity: number;

  @ApiProperty({ description: 'unit price, > 0, at most 2 decimals', example: 1000 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_PRICE)
  @DataMember('decimal')
  Price: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'GIFT1000' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @DataMember('string')
  ItemCode?: string | null;
}

const isSale = (o: NumberFromGoodsRequest) => o.Refund !== true;

/** A receipt: a sale issues certificates for the series' goods lines, a refund (`Refund`) cancels them. */
@DataContract({ name: 'NumberFromGoodsRequest', namespace: REQUEST_NS })
export class NumberFromGoodsRequest extends SertCardRequestBase {
  @ApiProperty({ example: 'sample string 1' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  PosCode: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'required for a sale', example: 1 })
  @ValidateIf(
    (o: NumberFromGoodsRequest) => isSale(o) || (o.SertCardSeries !== undefined && o.SertCardSeries !== null),
  )
  @IsInt()
  @Min(1)
  @Max(INT32_MAX)
  @DataMember('int')
  SertCardSeries?: number | null;

  @ApiProperty({ example: 'sample string 2' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  OrderNumber: string;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'a refund receipt', example: false })
  @IsOptional()
  @IsBoolean()
  @DataMember('boolean')
  Refund?: boolean | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(-SAFE_MAX)
  @Max(SAFE_MAX)
  @DataMember('long')
  Client?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(-SAFE_MAX)
  @Max(SAFE_MAX)
  @DataMember('long')
  ClientIShop?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'buyer@example.com' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  @DataMember('string')
  Email?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 79161234567 })
  @IsOptional()
  @IsInt()
  @Min(-SAFE_MAX)
  @Max(SAFE_MAX)
  @DataMember('long')
  Phone?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 1 })
  @IsOptional()
  @IsInt()
  @Min(-SAFE_MAX)
  @Max(SAFE_MAX)
  @DataMember('long')
  ChequeId?: number | null;

  @ApiPropertyOptional({
    type: [NumberFromGoodsGood],
    description: '1..100 lines; required for a sale; in a refund, the returned lines (none: the whole order)',
  })
  @ValidateIf((o: NumberFromGoodsRequest) => isSale(o) || (o.Goods !== undefined && o.Goods !== null))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NumberFromGoodsGood)
  @DataMember({ type: () => NumberFromGoodsGood, list: true })
  Goods?: NumberFromGoodsGood[] | null;
}

@DataContract({ name: 'NumberFromGoodsResponse', namespace: RESPONSE_NS })
export class NumberFromGoodsResponse extends SertCardResponseBase {
  @ApiProperty({ type: [NumberFromGoodsSertCard], nullable: true })
  @DataMember({ type: () => NumberFromGoodsSertCard, list: true })
  SertCards: NumberFromGoodsSertCard[] | null;
}
