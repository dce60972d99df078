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
import { CardApiAnswerDto, CardApiInterceptor, UuidParam } from '../card-api';
import {
  CreateLevelDto,
  LevelAnswerDto,
  LevelListAnswerDto,
  ListLevelsQueryDto,
  UpdateLevelDto,
} from './dto/level.dto';
import { CardLevelNotFound } from './levels.errors';
import { LevelsService } from './levels.service';

const ID = { name: 'id', format: 'uuid', description: 'the level id' };
const LevelId = () => UuidParam({ name: 'id', notFound: () => new CardLevelNotFound() });

@ApiTags('card levels')
@Controller('organization/card_level')
@UseInterceptors(CardApiInterceptor)
export class LevelsController {
  constructor(private readonly levels: LevelsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a level' })
  @ApiCreatedResponse({ type: LevelAnswerDto })
  @ApiConflictResponse({ description: '`card_level_exists`: the id is taken' })
  create(@Body() dto: CreateLevelDto) {
    return this.levels.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'The levels, lowest priority first, paginated' })
  @ApiOkResponse({ type: LevelListAnswerDto })
  list(@Query() q: ListLevelsQueryDto) {
    return this.levels.list(q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One level' })
  @ApiParam(ID)
  @ApiOkResponse({ type: LevelAnswerDto })
  @ApiNotFoundResponse({ description: '`card_level_not_found`' })
  get(@LevelId() id: string) {
    return this.levels.get(id);
  }

  @Post(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the given fields of a level' })
  @ApiParam(ID)
  @ApiOkResponse({ type: LevelAnswerDto })
  @ApiNotFoundResponse({ description: '`card_level_not_found`' })
  update(@LevelId() id: string, @Body() dto: UpdateLevelDto) {
    return this.levels.update(id, dto);
  }

  @Post(':id/delete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a level no card has' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardApiAnswerDto })
  @ApiNotFoundResponse({ description: '`card_level_not_found`' })
  @ApiConflictResponse({ description: '`card_level_in_use`' })
  remove(@LevelId() id: string) {
    return this.levels.remove(id);
  }
}
