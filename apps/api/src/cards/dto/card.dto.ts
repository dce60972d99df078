import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CardApiAnswerDto, PaginationDto } from '../../card-api';

/** A card in the seed's shape and field order; unset texts and ids are "", unset dates 0. */
export class CardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'the group; "" at the root' }) parent_id: string;
  @ApiProperty({ example: '54377537373', description: 'magnetic code' }) code: string;
  @ApiProperty({ example: '2000000000015' }) barcode: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: 225.5, description: 'points' }) balance: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'false once date_unblock has passed' }) blocked: boolean;
  @ApiProperty() blockeddescription: string;
  @ApiProperty() mastercard_id: string;
  @ApiProperty() referallink_id: string;
  @ApiProperty({ example: '79123456789', description: 'digits only' }) phone: string;
  @ApiProperty() email: string;
  @ApiProperty({ example: 0 }) external_card: number;
  @ApiProperty({ example: 10500 }) accum_sale_amount: number;
  @ApiProperty() card_level_id: string;
  @ApiProperty() new_card_id: string;
  @ApiProperty({ example: 1545720862693, description: 'epoch ms; 0: never' }) date_active: number;
  @ApiProperty() activation_shop_id: string;
  @ApiProperty({ description: 'epoch ms; 0: never' }) date_deactivate: number;
  @ApiProperty({ description: 'epoch ms; 0: never' }) date_last_transaction: number;
  @ApiProperty({ description: 'epoch ms of the last sale; 0: never' }) date_last_activity: number;
  @ApiProperty({ description: 'epoch ms of the first sale; 0: never' }) date_first_check: number;
  @ApiProperty({ description: 'id of the last transaction' }) last_transaction: string;
  @ApiProperty() user_id: string;
  @ApiProperty({ description: "the card's image, else the organization's default_card_image" }) image: string;
  @ApiProperty({ description: 'epoch ms the block ends; 0: not temporarily blocked' }) date_unblock: number;
}

export class CardRowDto extends CardDto {
  @ApiProperty({ example: 1, description: 'position in the whole list, from 1' }) row_number: number;
  @ApiPropertyOptional({ example: false, description: 'present with with_groups' }) is_group?: boolean;
}

/** A group row of the card list (with_groups). */
export class GroupRowDto {
  @ApiProperty({ example: 1 }) row_number: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: true }) is_group: boolean;
  @ApiProperty() parent_id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() groups_count: number;
  @ApiProperty() cards_count: number;
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
  @ApiPropertyOptional({ description: 'step 1 with confirmation: true, a code was sent' }) sent?: boolean;
  @ApiPropertyOptional({ enum: ['email', 'phone'] }) send_to?: string;
  @ApiPropertyOptional({
    description: 'step 1: the (first) user owning cards with the contact; step 2: the user',
  })
  user_id?: string;
  @ApiPropertyOptional({ type: [String], description: 'step 1: every user owning cards with the contact' })
  user_ids?: string[];
  @ApiPropertyOptional({
    type: [CardRowDto],
    description: 'the cards (step 2, or step 1 without confirmation)',
  })
  cards?: CardRowDto[];
}
