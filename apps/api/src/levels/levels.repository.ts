import { Injectable } from '@nestjs/common';
import { Database, TenantRepository } from '@app/data';

export interface LevelRow {
  id: string;
  name: string;
  accum_level: number;
  priority: number;
  reset: boolean;
  discount: number | null;
  bonus_percent: number | null;
}

export interface LevelHistoryRow {
  created_at: Date;
  from_level_id: string | null;
  from_level_name: string | null;
  to_level_id: string | null;
  to_level_name: string | null;
  accum_sale_amount: number;
  reason: string;
}

export const LEVEL_COLUMNS = [
  'name',
  'accum_level',
  'priority',
  'reset',
  'discount',
  'bonus_percent',
] as const;
export type LevelValues = Partial<Record<(typeof LEVEL_COLUMNS)[number], unknown>>;

const SELECT = `SELECT id, name, accum_level::float8 AS accum_level, priority, reset,
  discount::float8 AS discount, bonus_percent::float8 AS bonus_percent FROM card_levels`;

/** Card levels of the current organization and the level history of its cards. */
@Injectable()
export class LevelsRepository extends TenantRepository {
  constructor(db: Database) {
    super(db);
  }

  async insert(id: string, values: LevelValues): Promise<boolean> {
    const cols = LEVEL_COLUMNS.filter((c) => values[c] !== undefined);
    const rows = await this.query(
      `INSERT INTO card_levels (organization_id, id${cols.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2${cols.map((_, i) => `, $${i + 3}`).join('')})
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [this.orgId, id, ...cols.map((c) => values[c])],
    );
    return rows.length === 1;
  }

  async update(id: string, values: LevelValues): Promise<boolean> {
    const cols = LEVEL_COLUMNS.filter((c) => values[c] !== undefined);
    const rows = await this.query(
      `UPDATE card_levels SET ${['organization_id = organization_id', ...cols.map((c, i) => `${c} = $${i + 3}`)].join(', ')}
       WHERE organization_id = $1 AND id = $2 RETURNING id`,
      [this.orgId, id, ...cols.map((c) => values[c])],
    );
    return rows.length === 1;
  }

  async find(id: string): Promise<LevelRow | null> {
    const rows = await this.query<LevelRow>(`${SELECT} WHERE organization_id = $1 AND id = $2`, [
      this.orgId,
      id,
    ]);
    return rows[0] ?? null;
  }

  /** Every level of the organization (a program has a handful). */
  async all(): Promise<LevelRow[]> {
    return this.query<LevelRow>(`${SELECT} WHERE organization_id = $1 ORDER BY priority, accum_level, id`, [
      this.orgId,
    ]);
  }

  async list(offset: number, limit: number): Promise<LevelRow[]> {
    return this.query<LevelRow>(
      `${SELECT} WHERE organization_id = $1 ORDER BY priority, accum_level, id OFFSET $2 LIMIT $3`,
      [this.orgId, offset, limit],
    );
  }

  async count(): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM card_levels WHERE organization_id = $1`,
      [this.orgId],
    );
    return row.n;
  }

  /** Deletes the level unless cards have it; answers how many cards have it (0: deleted). */
  async removeUnlessUsed(id: string): Promise<number> {
    const [used] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cards WHERE organization_id = $1 AND card_level_id = $2`,
      [this.orgId, id],
    );
    if (used.n > 0) return used.n;
    await this.query(`DELETE FROM card_levels WHERE organization_id = $1 AND id = $2`, [this.orgId, id]);
    return 0;
  }

  /** Locks the level row (a delete and a card moving onto it cannot cross). */
  async lock(id: string): Promise<boolean> {
    const rows = await this.query(
      `SELECT id FROM card_levels WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
      [this.orgId, id],
    );
    return rows.length === 1;
  }

  async record(
    cardId: string,
    from: { id: string; name: string } | null,
    to: { id: string; name: string } | null,
    turnover: number,
    reason: string,
  ): Promise<void> {
    await this.query(
      `INSERT INTO card_level_history
         (organization_id, card_id, from_level_id, from_level_name, to_level_id, to_level_name, accum_sale_amount, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        this.orgId,
        cardId,
        from?.id ?? null,
        from?.name ?? null,
        to?.id ?? null,
        to?.name ?? null,
        turnover,
        reason,
      ],
    );
  }

  async history(cardId: string, offset: number, limit: number): Promise<LevelHistoryRow[]> {
    return this.query<LevelHistoryRow>(
      `SELECT created_at, from_level_id, from_level_name, to_level_id, to_level_name,
              accum_sale_amount::float8 AS accum_sale_amount, reason
       FROM card_level_history WHERE organization_id = $1 AND card_id = $2
       ORDER BY seq DESC OFFSET $3 LIMIT $4`,
      [this.orgId, cardId, offset, limit],
    );
  }

  async historyCount(cardId: string): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM card_level_history WHERE organization_id = $1 AND card_id = $2`,
      [this.orgId, cardId],
    );
    return row.n;
  }
}
