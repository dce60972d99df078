import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database, isUniqueViolation, TenantContext } from '@app/data';
import { epoch, instant, Page, pageOf, paginationOf, PaginationDto } from '../card-api';
import { CardGroupsService } from '../card-groups/card-groups.service';
import { LevelCheckDto, LevelDownAnswerDto, LevelUpAnswerDto } from '../levels/dto/level.dto';
import { LevelsService, toMoveDto } from '../levels/levels.service';
import {
  BarcodeTaken,
  CardExists,
  CardHasBalance,
  CardIsMaster,
  CardLimitReached,
  CardNotFound,
  CardOfOtherUser,
  ExternalCard,
  MastercardInvalid,
  NoFreeCard,
  ReferencedCardNotFound,
  SelfReference,
} from './cards.errors';
import { CardFilter, CardRow, CardsRepository, CardValues, SearchKind } from './cards.repository';
import { normalizeEmail, normalizePhone } from './contacts';
import {
  ActivateCardDto,
  AddUserDto,
  AttachCardDto,
  BlockCardDto,
  DeleteCardDto,
} from './dto/card-actions.dto';
import { CardDto, CardRowDto, GroupRowDto } from './dto/card.dto';
import { CreateCardDto, UpdateCardDto } from './dto/create-card.dto';
import { ListCardsQueryDto, SearchCardsQueryDto } from './dto/list-cards-query.dto';
import { BalanceInfoQueryDto, ListTransactionsQueryDto } from './dto/ledger.dto';
import { LedgerService } from './ledger.service';

const BARCODE_UNIQUE = 'cards_org_barcode_uq';

/** The wire shape of a card: unset ids and texts as "", unset dates as 0, the block as it stands now. */
export function toCardDto(r: CardRow, defaultImage: string | null): CardDto {
  return {
    id: r.id,
    parent_id: r.parent_id ?? '',
    code: r.code,
    barcode: r.barcode,
    name: r.name,
    description: r.description,
    balance: Number(r.balance),
    active: r.active,
    blocked: r.blocked,
    blockeddescription: r.blocked ? r.blockeddescription : '',
    mastercard_id: r.mastercard_id ?? '',
    referallink_id: r.referallink_id ?? '',
    phone: r.phone,
    email: r.email,
    external_card: r.external_card,
    accum_sale_amount: Number(r.accum_sale_amount),
    card_level_id: r.card_level_id ?? '',
    new_card_id: r.new_card_id ?? '',
    date_active: epoch(r.date_active),
    activation_shop_id: r.activation_shop_id,
    date_deactivate: epoch(r.date_deactivate),
    date_last_transaction: epoch(r.date_last_transaction),
    date_last_activity: epoch(r.date_last_activity),
    date_first_check: epoch(r.date_first_check),
    last_transaction: r.last_transaction ?? '',
    user_id: r.user_id ?? '',
    image: r.image ?? defaultImage ?? '',
    date_unblock: r.blocked ? epoch(r.date_unblock) : 0,
  };
}

/** The fields of a create or update as columns; absent ones stay undefined. */
function valuesOf(dto: UpdateCardDto | CreateCardDto): CardValues {
  return {
    parent_id: dto.parent_id,
    code: dto.code,
    barcode: dto.barcode,
    name: dto.name,
    description: dto.description,
    mastercard_id: dto.mastercard_id,
    phone: dto.phone === undefined ? undefined : normalizePhone(dto.phone),
    email: dto.email === undefined ? undefined : normalizeEmail(dto.email),
    external_card: dto.external_card,
    accum_sale_amount: dto.accum_sale_amount,
    card_level_id: dto.card_level_id,
    new_card_id: dto.new_card_id,
    image: dto.image,
  };
}

/** Loyalty cards (seed 003): the registry, its searches and the hand-out to users. */
@Injectable()
export class CardsService {
  constructor(
    private readonly db: Database,
    private readonly repo: CardsRepository,
    private readonly groups: CardGroupsService,
    private readonly levels: LevelsService,
    private readonly ledger: LedgerService,
  ) {}

  private get defaultImage(): string | null {
    return TenantContext.settings().default_card_image;
  }

  dto(row: CardRow): CardDto {
    return toCardDto(row, this.defaultImage);
  }

  private rows(rows: CardRow[], offset: number): CardRowDto[] {
    return rows.map((r, i) => ({ row_number: offset + i + 1, ...this.dto(r) }));
  }

  async mustFind(id: string, lock = false): Promise<CardRow> {
    const row = await this.repo.find(id, lock);
    if (!row) throw new CardNotFound();
    return row;
  }

  async create(dto: CreateCardDto): Promise<{ card: CardDto }> {
    const id = dto.id ?? randomUUID();
    const values: CardValues = {
      ...valuesOf(dto),
      active: dto.active,
      blocked: dto.blocked,
      blockeddescription: dto.blockeddescription,
      referallink_id: dto.referallink_id,
      date_active: dto.active ? new Date() : undefined,
    };
    const row = await this.uniqueBarcode(dto.barcode, () =>
      this.db.transaction(async () => {
        if (dto.parent_id) await this.groups.assertExists(dto.parent_id);
        if (dto.card_level_id) await this.levels.assertExists(dto.card_level_id);
        await this.checkReferences(id, values, true);
        if (!(await this.repo.insert(id, values))) throw new CardExists(id);
        if (dto.balance) await this.ledger.open(id, dto.mastercard_id || id, dto.balance);
        return this.mustFind(id);
      }),
    );
    return { card: this.dto(row) };
  }

  async update(id: string, dto: UpdateCardDto): Promise<{ card: CardDto }> {
    const values = valuesOf(dto);
    const row = await this.uniqueBarcode(dto.barcode, () =>
      this.db.transaction(async () => {
        const before = await this.mustFind(id, true);
        if (dto.parent_id) await this.groups.assertExists(dto.parent_id);
        if (dto.card_level_id) await this.levels.assertExists(dto.card_level_id);
        await this.checkReferences(id, values, false);
        await this.repo.update(id, values);
        const after = await this.mustFind(id);
        if (
          after.card_level_id !== before.card_level_id ||
          after.accum_sale_amount !== before.accum_sale_amount
        ) {
          await this.levels.record(
            id,
            await this.levels.find(before.card_level_id),
            await this.levels.find(after.card_level_id),
            Number(after.accum_sale_amount),
            'manual',
          );
        }
        return after;
      }),
    );
    return { card: this.dto(row) };
  }

  private async uniqueBarcode<T>(barcode: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isUniqueViolation(e, BARCODE_UNIQUE)) throw new BarcodeTaken(barcode ?? '');
      throw e;
    }
  }

  /**
   * The cards a card refers to must exist in the organization and not be the card itself; a master
   * card books for others and has no master of its own (one level, no chains or cycles).
   */
  private async checkReferences(id: string, v: CardValues, isNew: boolean): Promise<void> {
    const master = v.mastercard_id as string | null | undefined;
    if (master) {
      if (master === id) throw new MastercardInvalid('a card cannot be its own master card');
      await this.repo.lockMasterAssignments();
      const ref = await this.repo.refOf(master);
      if (!ref) throw new ReferencedCardNotFound('mastercard_id', master);
      if (ref.mastercard_id) throw new MastercardInvalid('that card books on a master card itself');
      if (!isNew && (await this.repo.countSlaves(id)) > 0)
        throw new MastercardInvalid('this card is the master card of other cards');
      // its own points would sit on an account nothing books on any more
      if (!isNew && (await this.ledger.hasPoints(id)))
        throw new MastercardInvalid('this card holds points of its own; spend them first');
    }
    for (const field of ['referallink_id', 'new_card_id'] as const) {
      const ref = v[field] as string | null | undefined;
      if (!ref) continue;
      if (ref === id) throw new SelfReference(field);
      if (!(await this.repo.refOf(ref))) throw new ReferencedCardNotFound(field, ref);
    }
  }

  async remove(id: string, dto: DeleteCardDto = {}): Promise<Record<string, never>> {
    await this.db.transaction(async () => {
      await this.mustFind(id, true);
      if (dto.checkbalance && (await this.ledger.hasPoints(id))) throw new CardHasBalance();
      const slaves = await this.repo.countSlaves(id);
      if (slaves > 0) throw new CardIsMaster(slaves);
      await this.repo.remove(id);
    });
    return {};
  }

  async get(id: string): Promise<{ card: CardDto }> {
    return { card: this.dto(await this.mustFind(id)) };
  }

  async list(
    q: ListCardsQueryDto,
  ): Promise<{ cards: (CardRowDto | GroupRowDto)[]; pagination: PaginationDto }> {
    const page = pageOf(q);
    const filter: CardFilter = {
      parentId: q.parent_id,
      active: q.active,
      blocked: q.blocked,
      text: q.card_filter,
      userId: q.user_id === '' ? null : q.user_id, // "": the cards no user has
      mastercardId: q.mastercard_id,
      referallinkId: q.referallink_id,
      barcodeFragment: q.barcode,
      codeFragment: q.code,
      levelId: q.card_level_id,
      email: q.email === undefined ? undefined : normalizeEmail(q.email),
      phone: q.phone === undefined ? undefined : normalizePhone(q.phone),
    };
    if (!q.with_groups) {
      const rows = await this.repo.list(filter, page.offset, page.perPage);
      const total = page.count ? await this.repo.count(filter) : null;
      return { cards: this.rows(rows, page.offset), pagination: paginationOf(page, total) };
    }
    return this.listWithGroups(q.parent_id ?? null, q.card_filter, filter, page);
  }

  /** Groups directly under the parent first (is_group: true), then the cards; one numbering. */
  private async listWithGroups(
    parentId: string | null,
    nameFilter: string | undefined,
    filter: CardFilter,
    page: Page,
  ) {
    const groupCount = await this.groups.countLevel(parentId, nameFilter);
    const groups = page.offset < groupCount ? await this.groups.levelPage(parentId, page, nameFilter) : [];
    const cardOffset = Math.max(0, page.offset - groupCount);
    const cardLimit = page.perPage - groups.length;
    const cards = cardLimit > 0 ? await this.repo.list(filter, cardOffset, cardLimit) : [];
    const total = page.count ? groupCount + (await this.repo.count(filter)) : null;
    const rows: (CardRowDto | GroupRowDto)[] = [
      ...groups.map((g, i) => ({
        row_number: page.offset + i + 1,
        id: g.id,
        is_group: true,
        parent_id: g.parent_id,
        name: g.name,
        description: g.description,
        groups_count: g.groups_count,
        cards_count: g.cards_count,
      })),
      ...cards.map((c, i) => ({
        row_number: page.offset + groups.length + i + 1,
        ...this.dto(c),
        is_group: false,
      })),
    ];
    return { cards: rows, pagination: paginationOf(page, total) };
  }

  async search(
    kind: SearchKind,
    q: SearchCardsQueryDto,
  ): Promise<{ cards: CardRowDto[]; pagination: PaginationDto }> {
    const page = pageOf(q);
    const rows = await this.repo.search(kind, q.filter, page.offset, page.perPage);
    const total = page.count ? await this.repo.searchCount(kind, q.filter) : null;
    return { cards: this.rows(rows, page.offset), pagination: paginationOf(page, total) };
  }

  async activate(id: string, dto: ActivateCardDto): Promise<{ card: CardDto }> {
    if (!(await this.repo.activate(id, dto.activation_shop_id))) throw new CardNotFound();
    return this.get(id);
  }

  async deactivate(id: string): Promise<{ card: CardDto }> {
    if (!(await this.repo.deactivate(id))) throw new CardNotFound();
    return this.get(id);
  }

  async block(id: string, dto: BlockCardDto): Promise<{ card: CardDto }> {
    if (!(await this.repo.block(id, dto.description, instant(dto.unblock_date)))) throw new CardNotFound();
    return this.get(id);
  }

  async unblock(id: string): Promise<{ card: CardDto }> {
    if (!(await this.repo.unblock(id))) throw new CardNotFound();
    return this.get(id);
  }

  /** Refuses when the user already has the organization's max_cards_per_user cards (0: no limit). */
  private async assertBelowLimit(userId: string): Promise<void> {
    const limit = TenantContext.settings().max_cards_per_user;
    if (limit > 0 && (await this.repo.countOfUser(userId)) >= limit) throw new CardLimitReached(limit);
  }

  /** Gives a free card to the user; concurrent calls never get the same card. */
  async addUser(dto: AddUserDto): Promise<{ card: CardDto }> {
    const row = await this.db.transaction(async () => {
      await this.repo.lockUser(dto.user_id);
      await this.assertBelowLimit(dto.user_id);
      const id = await this.repo.takeFreeCard(dto.user_id, dto.name, dto.description);
      if (!id) throw new NoFreeCard();
      return this.mustFind(id);
    });
    return { card: this.dto(row) };
  }

  /** Gives a given card to the user (again: no change). */
  async attach(dto: AttachCardDto): Promise<{ card: CardDto }> {
    const row = await this.db.transaction(async () => {
      await this.repo.lockUser(dto.user_id);
      const card = await this.mustFind(dto.card_id, true);
      if (card.external_card !== 0) throw new ExternalCard();
      if (card.user_id === dto.user_id) return card;
      if (card.user_id !== null) throw new CardOfOtherUser();
      await this.assertBelowLimit(dto.user_id);
      await this.repo.setUser(dto.card_id, dto.user_id);
      return this.mustFind(dto.card_id);
    });
    return { card: this.dto(row) };
  }

  /** levelup: the best level above the current one the turnover reaches; check: true only reports. */
  async levelUp(id: string, dto: LevelCheckDto): Promise<Omit<LevelUpAnswerDto, 'code' | 'message'>> {
    return this.db.transaction(async () => {
      const card = await this.mustFind(id, true);
      const turnover = Number(card.accum_sale_amount);
      const plan = await this.levels.planUp(card.card_level_id, turnover);
      if (dto.check) return plan.target ? { next_level_up: toMoveDto(plan.target, turnover) } : {};
      if (plan.target) {
        await this.repo.setLevel(id, plan.target.id);
        await this.levels.record(id, plan.current, plan.target, turnover, 'levelup');
      }
      return {
        ...(plan.target ? { level_up: toMoveDto(plan.target, turnover) } : {}),
        ...(plan.next ? { next_level_up: toMoveDto(plan.next, turnover) } : {}),
      };
    });
  }

  /** leveldown, the seed's algorithm (reset, turnover, priority); check: true only reports. */
  async levelDown(id: string, dto: LevelCheckDto): Promise<Omit<LevelDownAnswerDto, 'code' | 'message'>> {
    return this.db.transaction(async () => {
      const card = await this.mustFind(id, true);
      const turnover = Number(card.accum_sale_amount);
      const plan = await this.levels.planDown(card.card_level_id, turnover);
      if (dto.check) return plan.target ? { next_level_down: toMoveDto(plan.target, turnover) } : {};
      if (plan.target) {
        await this.repo.setLevel(id, plan.target.id);
        await this.levels.record(id, plan.current, plan.target, turnover, 'leveldown');
      }
      return {
        ...(plan.target ? { level_down: toMoveDto(plan.target, turnover) } : {}),
        ...(plan.next ? { next_level_down: toMoveDto(plan.next, turnover) } : {}),
      };
    });
  }

  async transactions(id: string, q: ListTransactionsQueryDto) {
    await this.mustFind(id);
    return this.ledger.list(id, q);
  }

  async levelHistory(id: string, q: ListTransactionsQueryDto) {
    await this.mustFind(id);
    return this.levels.history(id, pageOf(q));
  }

  /** balance_info of the account the card books on (its master card's, or its own). */
  async balanceInfo(id: string, q: BalanceInfoQueryDto) {
    const card = await this.mustFind(id);
    return this.ledger.balanceInfo(card.mastercard_id ?? card.id, q.last_transactions);
  }
}
