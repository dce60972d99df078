import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CardApiAnswerDto, PageQueryDto, PaginationDto, TextField, UuidRefField } from '../../card-api';

export const NAME_MAX = 500;
export const DESCRIPTION_MAX = 4000;

export class CreateCardGroupDto {
  @UuidRefField('the group id; generated when absent', { nullable: false })
  id?: string;

  @UuidRefField('the parent group; absent, null or "": the root of the tree')
  parent_id?: string | null;

  @TextField(NAME_MAX, 'VIP-карты')
  name?: string;

  @TextField(DESCRIPTION_MAX, 'В этой группе находятся карты VIP-клиентов')
  description?: string;
}

/** Absent fields keep their value; `parent_id: null` (or "") moves the group to the root. */
export class UpdateCardGroupDto {
  @UuidRefField('the new parent group; null or "": the root')
  parent_id?: string | null;

  @TextField(NAME_MAX, 'VIP-карты')
  name?: string;

  @TextField(DESCRIPTION_MAX, 'В этой группе находятся карты VIP-клиентов')
  description?: string;
}

export class DeleteCardGroupDto {
  @ApiPropertyOptional({ description: 'only count what would be deleted; delete nothing', example: true })
  @IsOptional()
  @IsBoolean()
  test?: boolean;

  @ApiPropertyOptional({
    description: 'delete even when cards of the subtree still have points',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class ListCardGroupsQueryDto extends PageQueryDto {
  @UuidRefField('list the groups under this one; absent: the root level')
  parent_id?: string | null;
}

export class CardGroupDto {
  @ApiProperty({ format: 'uuid', example: '729a9760-1712-4b89-b4ca-7c9af4606ee8' }) id: string;
  @ApiProperty({ description: '"" at the root', example: '26e5744f-902d-4bb9-a565-32e872e7bb30' })
  parent_id: string;
  @ApiProperty({ example: 'VIP-карты' }) name: string;
  @ApiProperty({ example: 'В этой группе находятся карты VIP-клиентов' }) description: string;
  @ApiProperty({ description: 'child groups directly in it', example: 2 }) groups_count: number;
  @ApiProperty({ description: 'cards directly in it (not in its descendants)', example: 15 })
  cards_count: number;
}

export class CardGroupAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: CardGroupDto }) card_group: CardGroupDto;
}

export class CardGroupListAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: [CardGroupDto] }) card_groups: CardGroupDto[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}

export class DeleteCountsDto {
  @ApiProperty({ description: 'groups of the subtree, the group itself included', example: 3 })
  groups: number;
  @ApiProperty({ description: 'cards in those groups', example: 42 }) cards: number;
  @ApiProperty({ description: 'of those, cards that still have points', example: 5 })
  cards_with_balance: number;
}

export class CardGroupDeleteAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ description: 'false for a `test` run', example: false }) deleted: boolean;
  @ApiProperty({ type: DeleteCountsDto }) counts: DeleteCountsDto;
}
