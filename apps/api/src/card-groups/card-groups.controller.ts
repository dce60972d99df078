import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CardApiInterceptor, UuidParam } from '../card-api';
import { CardGroupNotFound } from './card-groups.errors';
import { CardGroupsService } from './card-groups.service';
import {
  CardGroupAnswerDto,
  CardGroupDeleteAnswerDto,
  CardGroupListAnswerDto,
  CreateCardGroupDto,
  DeleteCardGroupDto,
  ListCardGroupsQueryDto,
  UpdateCardGroupDto,
} from './dto/card-group.dto';

const ID = { name: 'id', format: 'uuid', description: 'the group id' };
const GroupId = () => UuidParam({ name: 'id', notFound: () => new CardGroupNotFound() });

@ApiTags('card groups')
@Controller('organization/card_group')
@UseInterceptors(CardApiInterceptor)
export class CardGroupsController {
  constructor(private readonly groups: CardGroupsService) {}

  @Post('add')
  @ApiOperation({ summary: 'Create a group (at the root, or under parent_id)' })
  @ApiCreatedResponse({ type: CardGroupAnswerDto })
  @ApiNotFoundResponse({ description: '`parent_group_not_found`' })
  @ApiConflictResponse({ description: '`card_group_exists`: the id is taken' })
  create(@Body() dto: CreateCardGroupDto) {
    return this.groups.create(dto);
  }

  @Get()
  @ApiOperation({
    summary: 'Groups directly under parent_id (the root level when absent), by name, paginated',
  })
  @ApiOkResponse({ type: CardGroupListAnswerDto })
  list(@Query() q: ListCardGroupsQueryDto) {
    return this.groups.list(q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One group with its direct child group and card counts' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardGroupAnswerDto })
  @ApiNotFoundResponse({ description: '`card_group_not_found`' })
  get(@GroupId() id: string) {
    return this.groups.get(id);
  }

  @Post(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change name, description or parent (absent fields keep their value)' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardGroupAnswerDto })
  @ApiNotFoundResponse({ description: '`card_group_not_found`, `parent_group_not_found`' })
  @ApiConflictResponse({ description: '`card_group_cycle`: the new parent is the group or its descendant' })
  update(@GroupId() id: string, @Body() dto: UpdateCardGroupDto) {
    return this.groups.update(id, dto);
  }

  @Post(':id/delete')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Delete the group, its descendants and their cards in one transaction; `test` only counts',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardGroupDeleteAnswerDto })
  @ApiNotFoundResponse({ description: '`card_group_not_found`' })
  @ApiConflictResponse({
    description:
      '`card_group_has_balance`: cards of the subtree have points (send `force`); `card_group_cards_referenced`',
  })
  remove(@GroupId() id: string, @Body() dto: DeleteCardGroupDto) {
    return this.groups.remove(id, dto);
  }
}
