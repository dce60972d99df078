import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database } from '@app/data';
import { epoch, Page, pageOf, paginationOf, PaginationDto } from '../card-api';
import {
  CreateLevelDto,
  LevelDto,
  LevelHistoryEntryDto,
  LevelMoveDto,
  ListLevelsQueryDto,
  UpdateLevelDto,
} from './dto/level.dto';
import { levelDownTarget, levelUpTarget, nextAbove, nextBelow } from './level-rules';
import { CardLevelExists, CardLevelInUse, CardLevelNotFound } from './levels.errors';
import { LEVEL_COLUMNS, LevelRow, LevelsRepository, LevelValues } from './levels.repository';

export type LevelChangeReason = 'levelup' | 'leveldown' | 'manual' | 'replacement';

export function toLevelDto(r: LevelRow): LevelDto {
  return {
    id: r.id,
    name: r.name,
    accum_level: Number(r.accum_level),
    priority: r.priority,
    reset: r.reset,
    discount: r.discount === null ? null : Number(r.discount),
    bonus_percent: r.bonus_percent === null ? null : Number(r.bonus_percent),
  };
}

function valuesOf(dto: UpdateLevelDto): LevelValues {
  return Object.fromEntries(LEVEL_COLUMNS.filter((c) => dto[c] !== undefined).map((c) => [c, dto[c]]));
}

/** What levelup or leveldown found for a card: where it would go, and the next level beyond. */
export interface LevelPlan {
  current: LevelRow | null;
  target: LevelRow | null;
  /** The next level in the same direction after the move (or from the current level). */
  next: LevelRow | null;
}

/** Card levels (tiers) of seed 003; Cards moves cards between them through this service. */
@Injectable()
export class LevelsService {
  constructor(
    private readonly db: Database,
    private readonly repo: LevelsRepository,
  ) {}

  async create(dto: CreateLevelDto): Promise<{ card_level: LevelDto }> {
    const id = dto.id ?? randomUUID();
    if (!(await this.repo.insert(id, valuesOf(dto)))) throw new CardLevelExists(id);
    return { card_level: toLevelDto((await this.repo.find(id))!) };
  }

  async update(id: string, dto: UpdateLevelDto): Promise<{ card_level: LevelDto }> {
    if (!(await this.repo.update(id, valuesOf(dto)))) throw new CardLevelNotFound();
    return { card_level: toLevelDto((await this.repo.find(id))!) };
  }

  async remove(id: string): Promise<Record<string, never>> {
    await this.db.transaction(async () => {
      if (!(await this.repo.lock(id))) throw new CardLevelNotFound();
      const used = await this.repo.removeUnlessUsed(id);
      if (used > 0) throw new CardLevelInUse(used);
    });
    return {};
  }

  async get(id: string): Promise<{ card_level: LevelDto }> {
    const row = await this.repo.find(id);
    if (!row) throw new CardLevelNotFound();
    return { card_level: toLevelDto(row) };
  }

  async list(q: ListLevelsQueryDto): Promise<{ card_levels: LevelDto[]; pagination: PaginationDto }> {
    const page = pageOf(q);
    const rows = await this.repo.list(page.offset, page.perPage);
    const total = page.count ? await this.repo.count() : null;
    return { card_levels: rows.map(toLevelDto), pagination: paginationOf(page, total) };
  }

  // --- for the Cards module ---

  /** Refuses (404 `card_level_not_found`) a level id the organization does not have. */
  async assertExists(id: string): Promise<void> {
    if (!(await this.repo.find(id))) throw new CardLevelNotFound('card_level_id');
  }

  async find(id: string | null): Promise<LevelRow | null> {
    return id ? this.repo.find(id) : null;
  }

  async planUp(currentId: string | null, turnover: number): Promise<LevelPlan> {
    const levels = await this.repo.all();
    const current = levels.find((l) => l.id === currentId) ?? null;
    const target = levelUpTarget(levels, current, turnover);
    return { current, target, next: nextAbove(levels, target ?? current) };
  }

  async planDown(currentId: string | null, turnover: number): Promise<LevelPlan> {
    const levels = await this.repo.all();
    const current = levels.find((l) => l.id === currentId) ?? null;
    const target = levelDownTarget(levels, current, turnover);
    return { current, target, next: nextBelow(levels, target ?? current) };
  }

  /** Records a level change of a card (joins the caller's transaction). */
  record(
    cardId: string,
    from: LevelRow | null,
    to: LevelRow | null,
    turnover: number,
    reason: LevelChangeReason,
  ): Promise<void> {
    return this.repo.record(cardId, from, to, turnover, reason);
  }

  async history(
    cardId: string,
    page: Page,
  ): Promise<{ level_history: LevelHistoryEntryDto[]; pagination: PaginationDto }> {
    const rows = await this.repo.history(cardId, page.offset, page.perPage);
    const total = page.count ? await this.repo.historyCount(cardId) : null;
    return {
      level_history: rows.map((r) => ({
        date: epoch(r.created_at),
        from_level_id: r.from_level_id ?? '',
        from_level_name: r.from_level_name ?? '',
        to_level_id: r.to_level_id ?? '',
        to_level_name: r.to_level_name ?? '',
        accum_amount: Number(r.accum_sale_amount),
        reason: r.reason,
      })),
      pagination: paginationOf(page, total),
    };
  }
}

/** A level as levelup/leveldown answer it. */
export function toMoveDto(level: LevelRow, turnover: number): LevelMoveDto {
  return {
    level_id: level.id,
    level_name: level.name,
    accum_amount: turnover,
    accum_level: Number(level.accum_level),
  };
}
