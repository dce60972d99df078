import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CardApiAnswerDto, PaginationDto } from '../../card-api';

const CARD_ID = '3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83';
const REFERRER_ID = 'c0a8012e-7d3b-4f6a-9e21-5b8d4f3a2c17';

/** A card in the seed's shape and field order; unset texts and ids are "", unset dates 0. */
export class CardDto {
  @ApiProperty({ format: 'uuid', example: CARD_ID }) id: string;
  @ApiProperty({ description: 'the group; "" at the root', example: '729a9760-1712-4b89-b4ca-7c9af4606ee8' })
  parent_id: string;
  @ApiProperty({ example: '54377537373', description: 'magnetic code' }) code: string;
  @ApiProperty({ example: '2000000000015' }) barcode: string;
  @ApiProperty({ example: 'Карта VIP-клиента' }) name: string;
  @ApiProperty({ example: 'Выдана на открытии магазина' }) description: string;
  @ApiProperty({ example: 225.5, description: 'points' }) balance: number;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ description: 'false once date_unblock has passed', example: false }) blocked: boolean;
  @ApiProperty({ description: 'why the card is blocked; "" when it is not', example: '' })
  blockeddescription: string;
  @ApiProperty({ description: 'the master card it books on; "" for its own account', example: '' })
  mastercard_id: string;
  @ApiProperty({ description: 'the card of the member who invited this one', example: REFERRER_ID })
  referallink_id: string;
  @ApiProperty({ example: '79123456789', description: 'digits only' }) phone: string;
  @ApiProperty({ example: 'mail@mail.ru' }) email: string;
  @ApiProperty({ example: 0 }) external_card: number;
  @ApiProperty({ example: 10500 }) accum_sale_amount: number;
  @ApiProperty({ example: '61fc02f3-cef3-49d1-9150-4369b2a5f6a6' }) card_level_id: string;
  @ApiProperty({ description: 'the card replacing this one; "" when not replaced', example: '' })
  new_card_id: string;
  @ApiProperty({ example: 1545720862693, description: 'epoch ms; 0: never' }) date_active: number;
  @ApiProperty({ example: '2312322123' }) activation_shop_id: string;
  @ApiProperty({ description: 'epoch ms; 0: never', example: 0 }) date_deactivate: number;
  @ApiProperty({ description: 'epoch ms; 0: never', example: 1545720862693 }) date_last_transaction: number;
  @ApiProperty({ description: 'epoch ms of the last sale; 0: never', example: 1545720862693 })
  date_last_activity: number;
  @ApiProperty({ description: 'epoch ms of the first sale; 0: never', example: 1545720862693 })
  date_first_check: number;
  @ApiProperty({ description: 'id of the last transaction', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' })
  last_transaction: string;
  @ApiProperty({ example: '123' }) user_id: string;
  @ApiProperty({
    description: "the card's image, else the organization's default_card_image",
    example: 'https://cdn.example/cards/gold.png',
  })
  image: string;
  @ApiProperty({ description: 'epoch ms the block ends; 0: not temporarily blocked', example: 0 })
  date_unblock: number;
}

export class CardRowDto extends CardDto {
  @ApiProperty({ example: 1, description: 'position in the whole list, from 1' }) row_number: number;
  @ApiPropertyOptional({ example: false, description: 'present with with_groups' }) is_group?: boolean;
}

/** A group row of the card list (with_groups). */
export class GroupRowDto {
  @ApiProperty({ example: 1 }) row_number: number;
  @ApiProperty({ format: 'uuid', example: '729a9760-1712-4b89-b4ca-7c9af4606ee8' }) id: string;
  @ApiProperty({ example: true }) is_group: boolean;
  @ApiProperty({ description: '"" at the root', example: '26e5744f-902d-4bb9-a565-32e872e7bb30' })
  parent_id: string;
  @ApiProperty({ example: 'VIP-карты' }) name: string;
  @ApiProperty({ example: 'В этой группе находятся карты VIP-клиентов' }) description: string;
  @ApiProperty({ description: 'child groups directly in it', example: 2 }) groups_count: number;
  @ApiProperty({ description: 'cards directly in it', example: 15 }) cards_count: number;
}

export class CardAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: CardDto }) card: CardDto;
}

@ApiExtraModels(CardRowDto, GroupRowDto)
export class CardListAnswerDto extends CardApiAnswerDto {
  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(CardRowDto) }, { $ref: getSchemaPath(GroupRowDto) }] },
    description: 'with with_groups, the groups come first (is_group: true)',
  })
  cards: (CardRowDto | GroupRowDto)[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}

export class CardSearchAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: [CardRowDto] }) cards: CardRowDto[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}

export class IdentifyAnswerDto extends CardApiAnswerDto {
  @ApiPropertyOptional({ description: 'step 1 with confirmation: true, a code was sent', example: true })
  sent?: boolean;
  @ApiPropertyOptional({ enum: ['email', 'phone'], example: 'email' }) send_to?: string;
  @ApiPropertyOptional({
    description: 'step 1: the (first) user owning cards with the contact; step 2: the user',
    example: '123',
  })
  user_id?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'step 1: every user owning cards with the contact',
    example: ['123'],
  })
  user_ids?: string[];
  @ApiPropertyOptional({
    type: [CardRowDto],
    description: 'the cards (step 2, or step 1 without confirmation)',
  })
  cards?: CardRowDto[];
}
