import { ApiProperty } from '@nestjs/swagger';
import { DataContract, DataMember } from '@app/xml';
import { RESPONSE_NS } from './base.dto';

export const CERTIFICATE_STATUSES = ['Active', 'Used', 'Refunded', 'Expired', 'Blocked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const PURCHASE_STATUSES = ['Sold', 'Refunded'] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

/** A certificate as every SertCard answer shows it (the seed's `NumberFromGoodsSertCard`). */
@DataContract({ name: 'NumberFromGoodsResponse.NumberFromGoodsSertCard', namespace: RESPONSE_NS })
export class NumberFromGoodsSertCard {
  @ApiProperty({ example: 100001 })
  @DataMember('int')
  Number: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'K7QZ2M9XH4TP',
    description: 'null when looked up by Number',
  })
  @DataMember('string')
  SecretCode: string | null;

  @ApiProperty({ example: 1000 })
  @DataMember('decimal')
  Nominal: number;

  @ApiProperty({ example: 1000 })
  @DataMember('decimal')
  Remain: number;

  @ApiProperty({ example: '2024-04-29T14:09:27.2527486+03:00' })
  @DataMember('dateTime')
  SertExpDate: string;

  @ApiProperty({ enum: CERTIFICATE_STATUSES, example: CERTIFICATE_STATUSES[0] })
  @DataMember('string')
  SertCardStatus: CertificateStatus;

  @ApiProperty({ enum: PURCHASE_STATUSES, example: PURCHASE_STATUSES[0] })
  @DataMember('string')
  SertCardStatusPurchase: PurchaseStatus;

  @ApiProperty({ description: 'this certificate can be refunded now', example: true })
  @DataMember('boolean')
  AllowRefund: boolean;

  @ApiProperty({ description: 'the sale it came from can still be refunded', example: true })
  @DataMember('boolean')
  AllowRefundPurchase: boolean;

  @ApiProperty({ description: 'partial payments are allowed', example: true })
  @DataMember('boolean')
  AllowReuse: boolean;
}
