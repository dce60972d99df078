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
import { CardNotFound, TransactionNotFound } from './cards.errors';
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
import {
  BalanceInfoAnswerDto,
  BalanceInfoQueryDto,
  CreateTransactionDto,
  ListTransactionsQueryDto,
  TransactionAnswerDto,
  TransactionListAnswerDto,
} from './dto/ledger.dto';
import { ReplacementAnswerDto, ReplacementDto } from './dto/replacement.dto';
import { LedgerService } from './ledger.service';
import { ReplacementService } from './replacement.service';
import {
  LevelCheckDto,
  LevelDownAnswerDto,
  LevelHistoryAnswerDto,
  LevelUpAnswerDto,
} from '../levels/dto/level.dto';

const ID = { name: 'id', format: 'uuid', description: 'the card id' };
const CardId = () => UuidParam({ name: 'id', notFound: () => new CardNotFound() });
const TransactionId = () => UuidParam({ name: 'tid', notFound: () => new TransactionNotFound() });

@ApiTags('cards')
@Controller('organization/card')
@UseInterceptors(CardApiInterceptor)
export class CardsController {
  constructor(
    private readonly cards: CardsService,
    private readonly identify: IdentifyService,
    private readonly ledger: LedgerService,
    private readonly replacement: ReplacementService,
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

  @Post('replacement')
  @HttpCode(200)
  @ApiOperation({
    summary: "Replace a lost card: balance, point batches and the seed's fields move to the new card",
  })
  @ApiOkResponse({ type: ReplacementAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found` (old), `new_card_not_found`' })
  @ApiConflictResponse({
    description:
      '`old_card_not_active`, `old_card_replaced`, `new_card_not_usable`, `new_card_has_user`, `new_card_has_transactions`, `new_card_blocked`, `same_card`, `master_card_in_use`',
  })
  replace(@Body() dto: ReplacementDto) {
    return this.replacement.replace(dto);
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

  @Post(':id/transaction')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accrue (sum > 0, with active_from/active_to) or spend (sum < 0) points; external_id makes it idempotent',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: TransactionAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  @ApiConflictResponse({
    description: '`insufficient_points`, `card_blocked`, `card_inactive` (spending), `external_id_reused`',
  })
  transaction(@CardId() id: string, @Body() dto: CreateTransactionDto) {
    return this.ledger.transact(id, dto);
  }

  @Post(':id/transaction/:tid/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reverse a transaction (a return) with a cancel transaction' })
  @ApiParam(ID)
  @ApiParam({ name: 'tid', format: 'uuid', description: 'the transaction' })
  @ApiOkResponse({ type: TransactionAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`, `transaction_not_found`' })
  @ApiConflictResponse({ description: '`transaction_cancelled`, `points_already_spent`' })
  cancel(@CardId() id: string, @TransactionId() tid: string) {
    return this.ledger.cancel(id, tid);
  }

  @Get(':id/transactions')
  @ApiOperation({ summary: 'Transactions made with the card or booked on its account, newest first' })
  @ApiParam(ID)
  @ApiOkResponse({ type: TransactionListAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  transactions(@CardId() id: string, @Query() q: ListTransactionsQueryDto) {
    return this.cards.transactions(id, q);
  }

  @Get(':id/balance_info')
  @ApiOperation({
    summary: "The seed's balance breakdown: balance, balance_available, last_transactions, bonusactive",
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: BalanceInfoAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  balanceInfo(@CardId() id: string, @Query() q: BalanceInfoQueryDto) {
    return this.cards.balanceInfo(id, q);
  }

  @Post(':id/levelup')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the card to the best higher level its turnover reaches; check: true only reports',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: LevelUpAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  levelUp(@CardId() id: string, @Body() dto: LevelCheckDto) {
    return this.cards.levelUp(id, dto);
  }

  @Post(':id/leveldown')
  @HttpCode(200)
  @ApiOperation({
    summary: "The seed's level-down (reset, turnover, lower priority); check: true only reports",
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: LevelDownAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  levelDown(@CardId() id: string, @Body() dto: LevelCheckDto) {
    return this.cards.levelDown(id, dto);
  }

  @Get(':id/level_history')
  @ApiOperation({ summary: "The card's level changes with their reasons, newest first" })
  @ApiParam(ID)
  @ApiOkResponse({ type: LevelHistoryAnswerDto })
  @ApiNotFoundResponse({ description: '`card_not_found`' })
  levelHistory(@CardId() id: string, @Query() q: ListTransactionsQueryDto) {
    return this.cards.levelHistory(id, q);
  }
}
