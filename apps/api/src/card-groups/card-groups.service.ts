import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database } from '@app/data';
import { Page, pageOf, paginationOf } from '../card-api';
import {
  CardGroupCardsReferenced,
  CardGroupCycle,
  CardGroupExists,
  CardGroupHasBalance,
  CardGroupNotFound,
  ParentGroupNotFound,
} from './card-groups.errors';
import { CardGroupRow, CardGroupsRepository } from './card-groups.repository';
import {
  CardGroupDto,
  CreateCardGroupDto,
  DeleteCardGroupDto,
  DeleteCountsDto,
  ListCardGroupsQueryDto,
  UpdateCardGroupDto,
} from './dto/card-group.dto';

export function toCardGroupDto(r: CardGroupRow): CardGroupDto {
  return {
    id: r.id,
    parent_id: r.parent_id ?? '',
    name: r.name,
    description: r.description,
    groups_count: r.groups_count,
    cards_count: r.cards_count,
  };
}

/** The card group tree (seed 003). Cards reach it only through this service. */
@Injectable()
export class CardGroupsService {
  constructor(
    private readonly db: Database,
    private readonly repo: CardGroupsRepository,
  ) {}

  async create(dto: CreateCardGroupDto): Promise<{ card_group: CardGroupDto }> {
    const id = dto.id ?? randomUUID();
    const row = await this.db.transaction(async () => {
      await this.repo.lockTree();
      const parentId = dto.parent_id ?? null;
      if (parentId !== null) await this.assertExists(parentId);
      if (!(await this.repo.insert(id, parentId, dto.name ?? '', dto.description ?? '')))
        throw new CardGroupExists(id);
      return this.repo.find(id);
    });
    return { card_group: toCardGroupDto(row!) };
  }

  async update(id: string, dto: UpdateCardGroupDto): Promise<{ card_group: CardGroupDto }> {
    const row = await this.db.transaction(async () => {
      await this.repo.lockTree();
      if (!(await this.repo.exists(id))) throw new CardGroupNotFound();
      if (dto.parent_id) {
        await this.assertExists(dto.parent_id);
        if (await this.repo.isSelfOrAncestorOf(id, dto.parent_id)) throw new CardGroupCycle();
      }
      await this.repo.update(id, { parentId: dto.parent_id, name: dto.name, description: dto.description });
      return this.repo.find(id);
    });
    return { card_group: toCardGroupDto(row!) };
  }

  /** The whole subtree and its cards in one transaction; `test` only counts. */
  async remove(
    id: string,
    dto: DeleteCardGroupDto = {},
  ): Promise<{ deleted: boolean; counts: DeleteCountsDto }> {
    return this.db.transaction(async () => {
      await this.repo.lockTree();
      if (!(await this.repo.exists(id))) throw new CardGroupNotFound();
      const found = await this.repo.lockAndCountSubtree(id);
      const counts = {
        groups: found.groups,
        cards: found.cards,
        cards_with_balance: found.cards_with_balance,
      };
      if (dto.test) return { deleted: false, counts };
      if (found.cards_with_balance > 0 && !dto.force) throw new CardGroupHasBalance(found.cards_with_balance);
      if (found.outside_slaves > 0) throw new CardGroupCardsReferenced(found.outside_slaves);
      await this.repo.deleteSubtree(id);
      return { deleted: true, counts };
    });
  }

  async get(id: string): Promise<{ card_group: CardGroupDto }> {
    const row = await this.repo.find(id);
    if (!row) throw new CardGroupNotFound();
    return { card_group: toCardGroupDto(row) };
  }

  async list(q: ListCardGroupsQueryDto) {
    const page = pageOf(q);
    const parentId = q.parent_id ?? null;
    const rows = await this.repo.list(parentId, page.offset, page.perPage);
    const total = page.count ? await this.repo.count(parentId) : null;
    return { card_groups: rows.map(toCardGroupDto), pagination: paginationOf(page, total) };
  }

  // --- for the Cards module ---

  /** Refuses (404 `parent_group_not_found`) a group id the organization does not have. */
  async assertExists(id: string): Promise<void> {
    if (!(await this.repo.exists(id))) throw new ParentGroupNotFound(id);
  }

  /** How many groups the card list shows first (`with_groups`): those directly under `parentId`. */
  countLevel(parentId: string | null, nameFilter?: string): Promise<number> {
    return this.repo.count(parentId, nameFilter);
  }

  async levelPage(
    parentId: string | null,
    page: Pick<Page, 'offset' | 'perPage'>,
    nameFilter?: string,
  ): Promise<CardGroupDto[]> {
    return (await this.repo.list(parentId, page.offset, page.perPage, nameFilter)).map(toCardGroupDto);
  }
}
