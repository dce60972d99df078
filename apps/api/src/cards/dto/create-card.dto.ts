import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';
import { AmountField, TextField, UuidRefField } from '../../card-api';
import { CardCodeField, EmailField, ExternalCardField, PhoneField } from './card-fields';

export const NAME_MAX = 500;
export const DESCRIPTION_MAX = 4000;
export const IMAGE_MAX = 2000;

/** Fields of both create and update. */
class CardFieldsDto {
  @UuidRefField('the group; null or "": the root')
  parent_id?: string | null;

  @TextField(NAME_MAX, 'Карта VIP-клиента')
  name?: string;

  @TextField(DESCRIPTION_MAX, 'Выдана на открытии магазина')
  description?: string;

  @UuidRefField('the master card whose account this card books on; null or "": none')
  mastercard_id?: string | null;

  @PhoneField()
  phone?: string;

  @EmailField()
  email?: string;

  @ExternalCardField()
  external_card?: number;

  @AmountField('sales turnover (not points)')
  accum_sale_amount?: number;

  @UuidRefField('the card level; null or "": none')
  card_level_id?: string | null;

  @UuidRefField('the card that replaces this one; null or "": none')
  new_card_id?: string | null;

  @TextField(IMAGE_MAX, 'https://cdn.example/cards/gold.png', "URI of the card's image (an addition)")
  image?: string;
}

/** The fields a card update may change (the seed's list, plus `image`); absent ones keep their value. */
export class UpdateCardDto extends CardFieldsDto {
  @CardCodeField(false, '54377537373', 'magnetic code')
  code?: string;

  @CardCodeField(false, '2000000000015', 'barcode, unique in the organization')
  barcode?: string;
}

export class CreateCardDto extends CardFieldsDto {
  @UuidRefField('the card id; generated when absent', { nullable: false })
  id?: string;

  @CardCodeField(true, '54377537373', 'magnetic code')
  code: string;

  @CardCodeField(true, '2000000000015', 'barcode, unique in the organization')
  barcode: string;

  @AmountField('opening balance in points; booked as an opening ledger entry')
  balance?: number;

  @ApiPropertyOptional({ description: 'true sets date_active', example: false })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'true blocks the card (reason in blockeddescription)', example: false })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  blocked?: boolean;

  @TextField(DESCRIPTION_MAX, 'Причина блокировки', 'why the card is blocked')
  blockeddescription?: string;

  @UuidRefField('the card of the member who invited this card holder; null or "": none')
  referallink_id?: string | null;
}
