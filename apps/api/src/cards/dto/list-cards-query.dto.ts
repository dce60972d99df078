import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, QueryBoolean, UuidRefField } from '../../card-api';
import { CODE_MAX, USER_ID_MAX } from './card-fields';

const FILTER_MAX = 200;

/** Every filter of the seed's card list; absent filters do not restrict. */
export class ListCardsQueryDto extends PageQueryDto {
  @UuidRefField('cards directly in this group; absent: all cards; empty: the cards in no group')
  parent_id?: string;

  @ApiPropertyOptional({ description: 'true: only active cards; false: only inactive ones' })
  @IsOptional()
  @QueryBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'true: only blocked cards; false: only unblocked ones' })
  @IsOptional()
  @QueryBoolean()
  blocked?: boolean;

  @ApiPropertyOptional({ description: 'substring of name, barcode, code, phone or email (any case)' })
  @IsOptional()
  @IsString()
  @MaxLength(FILTER_MAX)
  card_filter?: string;

  @ApiPropertyOptional({ description: 'cards of this user; empty: the cards no user has', example: 'user-7' })
  @IsOptional()
  @IsString()
  @MaxLength(USER_ID_MAX)
  user_id?: string;

  @UuidRefField('cards booking on this master card; empty: the cards without one')
  mastercard_id?: string;

  @UuidRefField('cards referred by this card; empty: the cards without a referrer')
  referallink_id?: string;

  @ApiPropertyOptional({ description: 'fragment of the barcode' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX)
  barcode?: string;

  @ApiPropertyOptional({ description: 'fragment of the magnetic code' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX)
  code?: string;

  @ApiPropertyOptional({
    description: 'list the groups directly under parent_id (the root when absent) first',
  })
  @IsOptional()
  @QueryBoolean()
  with_groups?: boolean;

  @UuidRefField('cards of this level; empty: the cards without a level')
  card_level_id?: string;

  @ApiPropertyOptional({ description: 'exact email (any case)' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'exact phone, compared by its digits' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;
}

/** `filter` of the by_* searches, with paging. */
export class SearchCardsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'what to look for; absent: every card, paginated' })
  @IsOptional()
  @IsString()
  @MaxLength(FILTER_MAX)
  filter?: string;
}
