import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CardApiAnswerDto, CardApiInterceptor, UuidParam } from '../card-api';
import { CardNotFound } from './cards.errors';
import { CardsService } from './cards.service';
import {
  ActivateCardDto,
  AddUserDto,
  AttachCardDto,
  BlockCardDto,
  DeleteCardDto,
  SendIdentifyDto,
} from './dto/card-actions.dto';
import { CardAnswerDto, CardListAnswerDto, CardSearchAnswerDto, IdentifyAnswerDto } from './dto/card.dto';
import { CreateCardDto, UpdateCardDto } from './dto/create-card.dto';
import { ListCardsQueryDto, SearchCardsQueryDto } from './dto/list-cards-query.dto';
import { IdentifyService } from './identify.service';

const ID = { name: 'id', format: 'uuid', description: 'the card id' };
const CardId = () => UuidParam({ name: 'id', notFound: () => new CardNotFound() });

@ApiTags('cards')
@Controller('organization/card')
@UseInterceptors(CardApiInterceptor)
export class CardsController {
  constructor(
    private readonly cards: CardsService,
    private readonly identify: IdentifyService,
  ) {}

  @Post('add')
  @ApiOperation({ summary: 'Create a card; the barcode must be new in the organization' })
  @ApiCreatedResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({
    description: '`parent_group_not_found`, `mastercard_not_found`, `referallink_not_found`',
  })
  @ApiConflictResponse({ description: '`barcode_taken`, `card_exists`, `mastercard_invalid`' })
  create(@Body() dto: CreateCardDto) {
    return this.cards.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'Cards with every filter of the seed, paginated; with_groups lists groups first' })
  @ApiOkResponse({ type: CardListAnswerDto })
  list(@Query() q: ListCardsQueryDto) {
    return this.cards.list(q);
  }

  @Get('by_phone')
  @ApiOperation({ summary: 'Cards whose phone ends with the digits of filter' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byPhone(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('phone', q);
  }

  @Get('by_email')
  @ApiOperation({ summary: 'Cards whose email starts with filter (any case)' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byEmail(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('email', q);
  }

  @Get('by_emai')
  @ApiOperation({ summary: 'The seed spelling of by_email' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byEmai(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('email', q);
  }

  @Get('by_barcode')
  @ApiOperation({ summary: 'Cards whose barcode starts with filter' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byBarcode(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('barcode', q);
  }

  @Get('by_code')
  @ApiOperation({ summary: 'Cards whose magnetic code starts with filter' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byCode(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('code', q);
  }

  @Get('by_name')
  @ApiOperation({ summary: 'Cards with a word of the name starting with filter (at most 500 in all)' })
  @ApiOkResponse({ type: CardSearchAnswerDto })
  byName(@Query() q: SearchCardsQueryDto) {
    return this.cards.search('name', q);
  }

  @Post('add_user')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a free card (no user, never activated, not blocked, our own) to user_id' })
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiConflictResponse({ description: '`no_free_card`, `card_limit_reached`' })
  addUser(@Body() dto: AddUserDto) {
    return this.cards.addUser(dto);
  }

  @Post('attach')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give card card_id to user_id' })
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  @ApiConflictResponse({ description: '`card_of_other_user`, `card_limit_reached`, `external_card`' })
  attach(@Body() dto: AttachCardDto) {
    return this.cards.attach(dto);
  }

  @Post('send_identify')
  @HttpCode(200)
  @ApiOperation({
    summary: "A user's cards after confirming their email or phone with a one-time code (two steps)",
  })
  @ApiOkResponse({ type: IdentifyAnswerDto })
  @ApiNotFoundResponse({ description: '`contact_not_found`' })
  @ApiUnprocessableEntityResponse({ description: '`identify_code_invalid`, `identify_code_missing`' })
  sendIdentify(@Body() dto: SendIdentifyDto) {
    return this.identify.sendIdentify(dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One card' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  get(@CardId() id: string) {
    return this.cards.get(id);
  }

  @Post(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the given fields of a card (absent fields keep their value)' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`, `parent_group_not_found`, `mastercard_not_found`' })
  @ApiConflictResponse({ description: '`barcode_taken`, `mastercard_invalid`' })
  update(@CardId() id: string, @Body() dto: UpdateCardDto) {
    return this.cards.update(id, dto);
  }

  @Post(':id/delete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a card; checkbalance refuses while it has points' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardApiAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  @ApiConflictResponse({ description: '`card_has_balance`, `card_is_master`' })
  remove(@CardId() id: string, @Body() dto: DeleteCardDto) {
    return this.cards.remove(id, dto);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate: spending becomes possible; sets date_active' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  activate(@CardId() id: string, @Body() dto: ActivateCardDto) {
    return this.cards.activate(id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate: the card only earns; sets date_deactivate' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  deactivate(@CardId() id: string) {
    return this.cards.deactivate(id);
  }

  @Post(':id/block')
  @HttpCode(200)
  @ApiOperation({ summary: 'Block, by hand or until unblock_date' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  block(@CardId() id: string, @Body() dto: BlockCardDto) {
    return this.cards.block(id, dto);
  }

  @Post(':id/unblock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Clear the block' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CardAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  unblock(@CardId() id: string) {
    return this.cards.unblock(id);
  }
}
