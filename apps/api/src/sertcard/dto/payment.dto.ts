import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsPositive, IsString, Length, Max, Min } from 'class-validator';
import { DataContract, DataMember } from '@app/xml';
import { INT32_MAX, REQUEST_NS, RESPONSE_NS, SertCardRequestBase, SertCardResponseBase } from './base.dto';
import { MAX_PRICE } from './number-from-goods.dto';
import { NumberFromGoodsSertCard } from './sert-card.dto';

/** Look a certificate up by `Number` or by `SecretCode` (only the latter shows the secret). */
@DataContract({ name: 'InfoRequest', namespace: REQUEST_NS })
export class InfoRequest extends SertCardRequestBase {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 100001 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT32_MAX)
  @DataMember('int')
  Number?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'K7QZ2M9XH4TP' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @DataMember('string')
  SecretCode?: string | null;
}

@DataContract({ name: 'InfoResponse', namespace: RESPONSE_NS })
export class InfoResponse extends SertCardResponseBase {
  @ApiProperty({ type: NumberFromGoodsSertCard, nullable: true })
  @DataMember({ type: () => NumberFromGoodsSertCard })
  SertCard: NumberFromGoodsSertCard | null;
}

/** Pay `Amount` of an order with a certificate. */
@DataContract({ name: 'PayRequest', namespace: REQUEST_NS })
export class PayRequest extends SertCardRequestBase {
  @ApiProperty({ example: 'K7QZ2M9XH4TP' })
  @IsString()
  @Length(1, 64)
  @DataMember('string')
  SecretCode: string;

  @ApiProperty({ description: '> 0, at most 2 decimals', example: 250 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_PRICE)
  @DataMember('decimal')
  Amount: number;

  @ApiProperty({ example: 'order-77' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  OrderNumber: string;

  @ApiProperty({ example: 'pos-1' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  PosCode: string;
}

@DataContract({ name: 'PayResponse', namespace: RESPONSE_NS })
export class PayResponse extends SertCardResponseBase {
  @ApiProperty({ type: Number, nullable: true, description: 'the amount paid', example: 250 })
  @DataMember('decimal')
  Amount: number | null;

  @ApiProperty({
    type: NumberFromGoodsSertCard,
    nullable: true,
    description: 'the certificate after the payment',
  })
  @DataMember({ type: () => NumberFromGoodsSertCard })
  SertCard: NumberFromGoodsSertCard | null;
}

/** Return the payments of an order (all of them, or only those of one certificate). */
@DataContract({ name: 'PayRefundRequest', namespace: REQUEST_NS })
export class PayRefundRequest extends SertCardRequestBase {
  @ApiProperty({ example: 'order-77' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  OrderNumber: string;

  @ApiProperty({ example: 'pos-1' })
  @IsString()
  @Length(1, 100)
  @DataMember('string')
  PosCode: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'only the payment made with this certificate',
    example: 'K7QZ2M9XH4TP',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  @DataMember('string')
  SecretCode?: string | null;
}

@DataContract({ name: 'PayRefundResponse', namespace: RESPONSE_NS })
export class PayRefundResponse extends SertCardResponseBase {
  @ApiProperty({ type: Number, nullable: true, description: 'the amount returned', example: 250 })
  @DataMember('decimal')
  Amount: number | null;

  @ApiProperty({
    type: [NumberFromGoodsSertCard],
    nullable: true,
    description: 'the certificates after the return',
  })
  @DataMember({ type: () => NumberFromGoodsSertCard, list: true })
  SertCards: NumberFromGoodsSertCard[] | null;
}
